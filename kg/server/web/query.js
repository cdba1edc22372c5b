// The query page of `kg serve`: the library as examples, the editor, results as a table.
// Everything that comes from the graph is set with textContent, never parsed as HTML.
"use strict";

(function () {
  const RESULTS = "application/sparql-results+json";
  const GRAPH = "text/turtle";
  const NUMERIC = /#(integer|decimal|double|float|int|long|short|nonNegativeInteger|positiveInteger)$/;
  const state = { prefixes: {}, queries: [] };

  const $ = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function setStatus(text, isError) {
    const status = $("status");
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  // A full IRI written with the standard prefixes (irkg:country/CUB); the longest namespace wins.
  function shorten(iri) {
    let best = null;
    for (const [prefix, namespace] of Object.entries(state.prefixes)) {
      if (iri.startsWith(namespace) && iri.length > namespace.length &&
          (best === null || namespace.length > best[1].length)) {
        best = [prefix, namespace];
      }
    }
    return best === null ? iri : best[0] + ":" + iri.slice(best[1].length);
  }

  function cell(term) {
    if (term === undefined) return element("td", "");
    if (term.type === "uri") {
      const td = element("td", shorten(term.value), "iri");
      td.title = term.value;
      return td;
    }
    if (term.type === "bnode") return element("td", "_:" + term.value, "iri");
    const numeric = term.datatype !== undefined && NUMERIC.test(term.datatype);
    const td = element("td", term.value, numeric ? "number" : undefined);
    if (term["xml:lang"]) td.lang = term["xml:lang"];
    return td;
  }

  function showTable(data) {
    const variables = data.head.vars || [];
    const rows = data.results.bindings;
    const table = element("table");
    table.id = "results";
    const head = table.createTHead().insertRow();
    for (const name of variables) head.appendChild(element("th", name));
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const name of variables) tr.appendChild(cell(row[name]));
    }
    $("output").replaceChildren(table);
    return rows.length;
  }

  function setDownloads(query) {
    const encoded = encodeURIComponent(query);
    $("download-csv").href = "/sparql?format=csv&query=" + encoded;
    $("download-json").href = "/sparql?format=json&query=" + encoded;
    $("downloads").className = "ready";
  }

  async function run() {
    const query = $("query").value;
    const button = $("run");
    if (!query.trim()) {
      setStatus("The query is empty.", true);
      return;
    }
    button.disabled = true;
    $("downloads").className = "";
    setStatus("Running…", false);
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/sparql-query", Accept: RESULTS + ", " + GRAPH + ";q=0.9" },
        body: query,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const type = response.headers.get("Content-Type") || "";
      if (!response.ok) {
        $("output").replaceChildren();
        setStatus("Error " + response.status + ": " + (await response.text()), true);
        return;
      }
      const cut = response.headers.get("X-SPARQL-MaxRows");
      const note = cut ? " (cut at the server's limit of " + cut + ")" : "";
      if (type.startsWith(RESULTS)) {
        const data = await response.json();
        if (typeof data.boolean === "boolean") {
          $("output").replaceChildren(element("pre", String(data.boolean)));
          setStatus("ASK: " + data.boolean + " in " + seconds + " s", false);
        } else {
          const count = showTable(data);
          setStatus(count + (count === 1 ? " row" : " rows") + note + " in " + seconds + " s", false);
          setDownloads(query);
        }
      } else {
        $("output").replaceChildren(element("pre", await response.text()));
        setStatus("Graph (Turtle)" + note + " in " + seconds + " s", false);
      }
    } catch (error) {
      setStatus("The server did not answer: " + error, true);
    } finally {
      button.disabled = false;
    }
  }

  function chooseExample() {
    const chosen = state.queries.find((q) => q.name === $("examples").value);
    $("example-description").textContent = chosen ? chosen.description : "";
    if (chosen) $("query").value = chosen.text;
  }

  async function loadLibrary() {
    try {
      const response = await fetch("/api/queries", { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const library = await response.json();
      state.prefixes = library.prefixes;
      state.queries = library.queries;
      const select = $("examples");
      for (const query of library.queries) {
        const option = element("option", query.title);
        option.value = query.name;
        select.appendChild(option);
      }
      select.dataset.loaded = String(library.queries.length);
    } catch (error) {
      setStatus("Could not load the query library: " + error, true);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("run").addEventListener("click", run);
    $("examples").addEventListener("change", chooseExample);
    $("query").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run();
      }
    });
    loadLibrary();
  });
})();
