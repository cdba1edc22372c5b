"""IRKG: the international relations knowledge graph builder."""

__version__ = "0.1.0"
