/* IRKG network page. Reads the embedded JSON (one row per interaction), merges parallel
   interactions into one weighted edge per (source, relation, target) for the current filters,
   and draws them with vis-network at the positions computed in Python (no physics).
   Graph text (labels, sentences, titles) only ever enters the page through textContent; links
   are made only for http(s) URLs. Nothing is fetched. */
(function () {
  "use strict";

  var MAX_TIP_ITEMS = 8;
  var MAX_PANEL_ITEMS = 200;
  var MAX_PANEL_DOCS = 50;
  var SAFE_URL = /^https?:\/\//i;

  var data = JSON.parse(document.getElementById("irkg-data").textContent);
  var actors = data.actors;
  var rows = data.interactions; // [source, target, relation, modality, date, doc, confidence, sentence, event]
  var relations = data.relations;
  var modalities = data.modalities;
  var kinds = {};
  data.kinds.forEach(function (kind) { kinds[kind.name] = kind; });
  var MEETS = relations.findIndex(function (r) { return r.name === "meets"; });

  function byId(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null && text !== "") { node.textContent = String(text); }
    return node;
  }

  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  // rows reporting one ir:Event share its number (row[8]); -1: no event (not asserted, not grouped)
  function eventCount(indices) {
    var seen = new Set();
    indices.forEach(function (i) { if (rows[i][8] >= 0) { seen.add(rows[i][8]); } });
    return seen.size;
  }

  /* "3 interactions (2 events)": the reports of some rows (indices into rows), and the events */
  function reports(indices) {
    var events = eventCount(indices);
    return plural(indices.length, "interaction") + (events ? " (" + plural(events, "event") + ")" : "");
  }

  // ------------------------------------------------------------------ filters -> edges

  function checked(name) {
    var values = new Set();
    document.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) {
      values.add(box.value);
    });
    return values;
  }

  function readFilters() {
    var relationNames = checked("relation");
    var modalityNames = checked("modality");
    var min = parseInt(byId("irkg-min").value, 10);
    return {
      relations: new Set(relations.map(function (r, i) { return relationNames.has(r.name) ? i : -1; })),
      modalities: new Set(modalities.map(function (m, i) { return modalityNames.has(m.name) ? i : -1; })),
      kinds: checked("kind"),
      since: byId("irkg-since").value,
      until: byId("irkg-until").value,
      min: isFinite(min) && min > 1 ? min : 1
    };
  }

  function passes(row, f) {
    if (!f.relations.has(row[2]) || !f.modalities.has(row[3])) { return false; }
    if (!f.kinds.has(actors[row[0]].kind) || !f.kinds.has(actors[row[1]].kind)) { return false; }
    if (f.since || f.until) {
      var date = row[4];
      if (!date || (f.since && date < f.since) || (f.until && date > f.until)) { return false; }
    }
    return true;
  }

  function rowOrder(a, b) {
    var x = rows[a], y = rows[b];
    var dx = x[4] || "9999", dy = y[4] || "9999";
    if (dx !== dy) { return dx < dy ? -1 : 1; }
    return (x[5] - y[5]) || (x[7] - y[7]);
  }

  /* The edges and actor activity the filters leave: {edges: [...], byId: Map, degree: [...]} */
  function aggregate(f) {
    var groups = new Map();
    rows.forEach(function (row, index) {
      if (!passes(row, f)) { return; }
      var a = row[0], b = row[1], r = row[2];
      if (r === MEETS && b < a) { a = row[1]; b = row[0]; }
      var id = "e" + a + "-" + b + "-" + r;
      var group = groups.get(id);
      if (!group) {
        group = { id: id, from: a, to: b, relation: r, rows: [] };
        groups.set(id, group);
      }
      group.rows.push(index);
    });
    var edges = [];
    var degree = actors.map(function () { return 0; });
    groups.forEach(function (group) {
      if (group.rows.length < f.min) { return; }
      group.rows.sort(rowOrder);
      edges.push(group);
      degree[group.from] += group.rows.length;
      degree[group.to] += group.rows.length;
    });
    edges.sort(function (x, y) { return (x.from - y.from) || (x.to - y.to) || (x.relation - y.relation); });
    // an edge alone between its two actors is drawn straight; edges sharing a pair (several
    // relations, or both directions) curve, each further out than the one before
    var rank = new Map(), between = new Map();
    edges.forEach(function (edge) {
      var pair = edge.from + "-" + edge.to;
      var both = Math.min(edge.from, edge.to) + "-" + Math.max(edge.from, edge.to);
      edge.rank = rank.get(pair) || 0;
      rank.set(pair, edge.rank + 1);
      between.set(both, (between.get(both) || 0) + 1);
    });
    edges.forEach(function (edge) {
      var both = Math.min(edge.from, edge.to) + "-" + Math.max(edge.from, edge.to);
      if (between.get(both) === 1) { edge.rank = -1; }
    });
    return { edges: edges, byId: new Map(edges.map(function (e) { return [e.id, e]; })), degree: degree };
  }

  function nodeSize(weight) { return Math.min(10 + 5 * Math.sqrt(weight), 40); }

  function edgeStyle(edge) {
    var relation = relations[edge.relation];
    var weight = edge.rows.length;
    var width = Math.round(Math.min(1.5 + 2.5 * Math.log2(weight), 14) * 100) / 100;
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      width: width,
      color: { color: relation.colour, highlight: relation.colour, hover: relation.colour, inherit: false },
      // lines have round caps: a gap must outgrow the width to stay visible on a thick edge
      dashes: relation.cooperative ? false : [Math.max(data.dashes[0], 1.5 * width), data.dashes[1] + width],
      arrows: { to: { enabled: edge.relation !== MEETS, scaleFactor: 0.7 } },
      smooth: edge.rank < 0 ? { enabled: false } : { enabled: true, type: "curvedCW", roundness: 0.15 + 0.15 * edge.rank },
      relation: relation.name,
      weight: weight
    };
  }

  function nodeStyle(actor, index, weight) {
    var kind = kinds[actor.kind];
    return {
      id: index,
      label: actor.label,
      x: actor.x,
      y: actor.y,
      shape: kind.shape,
      color: {
        background: kind.colour,
        border: "#444444",
        highlight: { background: kind.colour, border: "#000000" },
        hover: { background: kind.colour, border: "#000000" }
      },
      size: nodeSize(weight),
      hidden: weight === 0,
      kind: actor.kind
    };
  }

  // ------------------------------------------------------------------ text of tips and panels

  function actorLabel(index) { return actors[index].label; }

  function edgeHead(edge) {
    return actorLabel(edge.from) + " " + relations[edge.relation].name + " " + actorLabel(edge.to);
  }

  function evidenceMeta(row) {
    var parts = [];
    var doc = data.docs[row[5]];
    if (doc) { parts.push(doc.title ? doc.title + " (" + doc.id + ")" : doc.id); }
    if (row[4]) { parts.push(row[4]); }
    if (modalities[row[3]].name !== "Asserted") { parts.push(modalities[row[3]].name.toLowerCase()); }
    if (row[6] !== null && row[6] !== undefined) { parts.push("confidence " + Number(row[6]).toFixed(2)); }
    return parts.join(" · ");
  }

  function evidenceItem(index, times, withLink) {
    var row = rows[index];
    var item = element("li");
    item.appendChild(element("q", "irkg-sentence", row[7] >= 0 ? data.sentences[row[7]] : "(no evidence sentence)"));
    var meta = evidenceMeta(row) + (times > 1 ? " · " + times + " interactions read here" : "");
    item.appendChild(element("div", "irkg-meta", meta));
    var doc = data.docs[row[5]];
    if (withLink && doc) {
      var link = documentLink(doc, "open the document");
      if (link) { item.appendChild(link); }
    }
    return item;
  }

  function documentLink(doc, text) {
    if (!doc.url || !SAFE_URL.test(doc.url)) { return null; }
    var link = element("a", "irkg-doc-link", text);
    link.href = doc.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  /* One entry per sentence of a document (at country level, several interactions of one
     sentence can fold into one edge), oldest first: {index, times} */
  function sentencesOf(indices) {
    var seen = new Map();
    indices.forEach(function (index) {
      var key = rows[index][5] + "/" + rows[index][7];
      var entry = seen.get(key);
      if (entry) { entry.times += 1; } else { seen.set(key, { index: index, times: 1 }); }
    });
    return Array.from(seen.values());
  }

  function evidenceBox(indices, limit, withLink) {
    var entries = sentencesOf(indices);
    var box = element("div");
    var list = element("ol", "irkg-evidence");
    entries.slice(0, limit).forEach(function (entry) {
      list.appendChild(evidenceItem(entry.index, entry.times, withLink));
    });
    box.appendChild(list);
    var rest = more(Math.min(entries.length, limit), entries.length);
    if (rest) { box.appendChild(rest); }
    return box;
  }

  function more(shown, total) {
    return total > shown ? element("div", "irkg-more", "… and " + (total - shown).toLocaleString("en") + " more sentences") : null;
  }

  function actorLine(index) {
    var actor = actors[index];
    return actor.kind + (actor.of ? " of " + actor.of : "");
  }

  function activityOf(index) {
    var out = 0, into = 0;
    view.edges.forEach(function (edge) {
      if (edge.from === index) { out += edge.rows.length; }
      if (edge.to === index) { into += edge.rows.length; }
    });
    return { out: out, into: into };
  }

  // ------------------------------------------------------------------ the tooltip

  var stage = document.querySelector(".irkg-stage");
  var tip = byId("irkg-tip");

  function showTip(box, pointer) {
    tip.replaceChildren(box);
    tip.hidden = false;
    var width = stage.clientWidth, height = stage.clientHeight;
    var x = Math.min(pointer.x + 14, Math.max(0, width - tip.offsetWidth - 4));
    var y = pointer.y + 14;
    if (y + tip.offsetHeight > height) { y = Math.max(0, pointer.y - tip.offsetHeight - 10); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function hideTip() { tip.hidden = true; }

  function edgeTip(edge) {
    var box = element("div");
    box.appendChild(element("div", "irkg-head", edgeHead(edge)));
    box.appendChild(element("div", "irkg-line", reports(edge.rows)));
    box.appendChild(evidenceBox(edge.rows, MAX_TIP_ITEMS, false));
    box.appendChild(element("div", "irkg-hint", "Click for the documents."));
    return box;
  }

  function nodeTip(index) {
    var actor = actors[index];
    var box = element("div");
    box.appendChild(element("div", "irkg-head", actor.label));
    box.appendChild(element("div", "irkg-line", actorLine(index)));
    if (actor.members.length) {
      box.appendChild(element("div", "irkg-line", "includes " + actor.members.slice(0, 12).join(", ") + (actor.members.length > 12 ? " …" : "")));
    }
    var counts = activityOf(index);
    box.appendChild(element("div", "irkg-line", plural(counts.out + counts.into, "interaction") + " (" + counts.out + " as source, " + counts.into + " as target)"));
    return box;
  }

  // ------------------------------------------------------------------ the side panel

  var panel = byId("irkg-panel");
  var panelBody = byId("irkg-panel-body");
  var opened = null; // {kind: "edge"|"node", id}

  function openPanel(kind, id, build) {
    opened = { kind: kind, id: id };
    panelBody.replaceChildren();
    build(panelBody);
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function closePanel() {
    opened = null;
    panel.hidden = true;
    panelBody.replaceChildren();
  }

  function openEdge(id) {
    var edge = view.byId.get(id);
    if (!edge) { return false; }
    openPanel("edge", id, function (body) {
      body.appendChild(element("h2", "irkg-head", edgeHead(edge)));
      body.appendChild(element("p", "irkg-line", reports(edge.rows) + ", oldest first"));
      body.appendChild(evidenceBox(edge.rows, MAX_PANEL_ITEMS, true));
    });
    return true;
  }

  function openNode(index) {
    if (!view.degree[index]) { return false; }
    var actor = actors[index];
    openPanel("node", index, function (body) {
      body.appendChild(element("h2", "irkg-head", actor.label));
      body.appendChild(element("p", "irkg-line", actorLine(index)));
      if (actor.members.length) {
        body.appendChild(element("p", "irkg-line", "includes " + actor.members.join(", ")));
      }
      var counts = activityOf(index);
      body.appendChild(element("p", "irkg-line", plural(counts.out + counts.into, "interaction") + " (" + counts.out + " as source, " + counts.into + " as target)"));
      var touching = view.edges.filter(function (e) { return e.from === index || e.to === index; });
      touching.sort(function (x, y) { return (y.rows.length - x.rows.length) || (x.relation - y.relation); });
      body.appendChild(element("h3", null, "Relations"));
      var list = element("ul", "irkg-relations-list");
      touching.forEach(function (edge) {
        var entry = element("li");
        var button = element("button", "irkg-edge-button", edgeHead(edge) + " (" + edge.rows.length + ")");
        button.type = "button";
        button.addEventListener("click", function () {
          network.selectEdges([edge.id]);
          openEdge(edge.id);
        });
        entry.appendChild(button);
        list.appendChild(entry);
      });
      body.appendChild(list);
      body.appendChild(element("h3", null, "Documents"));
      body.appendChild(documentList(touching));
    });
    return true;
  }

  function documentList(edges) {
    var seen = new Map();
    edges.forEach(function (edge) {
      edge.rows.forEach(function (index) {
        var doc = rows[index][5];
        if (doc >= 0) { seen.set(doc, (seen.get(doc) || 0) + 1); }
      });
    });
    var docs = Array.from(seen.keys()).sort(function (a, b) {
      var x = data.docs[a].date || "9999", y = data.docs[b].date || "9999";
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    var list = element("ul", "irkg-docs");
    docs.slice(0, MAX_PANEL_DOCS).forEach(function (index) {
      var doc = data.docs[index];
      var entry = element("li");
      entry.appendChild(element("span", "irkg-doc-title", doc.title || doc.id));
      entry.appendChild(element("span", "irkg-meta", " " + [doc.date, plural(seen.get(index), "interaction")].filter(Boolean).join(" · ") + " "));
      var link = documentLink(doc, "open");
      if (link) { entry.appendChild(link); }
      list.appendChild(entry);
    });
    var box = element("div");
    box.appendChild(list);
    var rest = docs.length > MAX_PANEL_DOCS ? element("div", "irkg-more", "… and " + (docs.length - MAX_PANEL_DOCS) + " more documents") : null;
    if (rest) { box.appendChild(rest); }
    return box;
  }

  // ------------------------------------------------------------------ search

  var status = byId("irkg-status");

  function say(text) { status.textContent = text; }

  function findActor(text) {
    var query = text.trim().toLowerCase();
    if (!query) { return -1; }
    var tests = [
      function (a) { return a.label.toLowerCase() === query; },
      function (a) { return a.id.toLowerCase().split("/").pop() === query; },
      function (a) { return a.members.some(function (m) { return m.toLowerCase() === query; }); },
      function (a) { return a.label.toLowerCase().indexOf(query) === 0; },
      function (a) { return a.label.toLowerCase().indexOf(query) >= 0; }
    ];
    for (var t = 0; t < tests.length; t += 1) {
      var best = -1;
      for (var i = 0; i < actors.length; i += 1) {
        if (tests[t](actors[i]) && (best < 0 || view.degree[i] > view.degree[best])) { best = i; }
      }
      if (best >= 0) { return best; }
    }
    return -1;
  }

  function focusActor(text) {
    var index = findActor(text);
    if (index < 0) {
      say("No actor matches “" + text.trim() + "”.");
      return false;
    }
    if (!view.degree[index]) {
      say(actorLabel(index) + " is hidden by the filters.");
      return false;
    }
    say("");
    network.selectNodes([index]);
    network.focus(index, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    openNode(index);
    return true;
  }

  // ------------------------------------------------------------------ drawing

  var nodes = new vis.DataSet(actors.map(function (actor, index) { return nodeStyle(actor, index, 0); }));
  var edges = new vis.DataSet([]);
  var looks = new Map(); // edge id -> "weight/rank" as drawn
  var sizes = actors.map(function () { return 0; }); // actor -> interactions as drawn
  var view = { edges: [], byId: new Map(), degree: actors.map(function () { return 0; }) };
  var options = data.options;
  if (data.large) {
    options.interaction.hideEdgesOnDrag = true;
    options.interaction.hideEdgesOnZoom = true;
  }

  function apply() {
    view = aggregate(readFilters());
    nodes.update(actors.reduce(function (out, actor, index) {
      var weight = view.degree[index];
      if (weight !== sizes[index]) { out.push({ id: index, hidden: weight === 0, size: nodeSize(weight) }); }
      sizes[index] = weight;
      return out;
    }, []));
    // only what changed goes to vis-network: a redraw of thousands of edges is the slow part
    var drawn = new Map();
    var changed = [];
    view.edges.forEach(function (edge) {
      var look = edge.rows.length + "/" + edge.rank;
      drawn.set(edge.id, look);
      if (looks.get(edge.id) !== look) { changed.push(edgeStyle(edge)); }
    });
    edges.remove(Array.from(looks.keys()).filter(function (id) { return !drawn.has(id); }));
    edges.update(changed);
    looks = drawn;
    var shown = view.degree.filter(function (d) { return d > 0; }).length;
    var shownRows = [];
    view.edges.forEach(function (e) { Array.prototype.push.apply(shownRows, e.rows); });
    byId("irkg-summary").textContent = plural(shown, "actor") + ", " + plural(view.edges.length, "edge") + ", " + reports(shownRows) + " shown";
    if (opened && !(opened.kind === "edge" ? openEdge(opened.id) : openNode(opened.id))) { closePanel(); }
    hideTip();
  }

  apply();
  var network = new vis.Network(byId("irkg-network"), { nodes: nodes, edges: edges }, options);

  network.on("hoverNode", function (params) { showTip(nodeTip(params.node), params.pointer.DOM); });
  network.on("hoverEdge", function (params) {
    var edge = view.byId.get(params.edge);
    if (edge) { showTip(edgeTip(edge), params.pointer.DOM); }
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });
  network.on("click", function (params) {
    hideTip();
    if (params.nodes.length) { openNode(params.nodes[0]); }
    else if (params.edges.length) { openEdge(params.edges[0]); }
    else { closePanel(); }
  });
  network.once("afterDrawing", function () {
    window.irkgReady = true;
    document.documentElement.setAttribute("data-irkg-ready", "true");
  });

  var form = byId("irkg-filters");
  var search = byId("irkg-search");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function (event) { if (event.target !== search) { apply(); } });
  byId("irkg-reset").addEventListener("click", function () {
    form.reset();
    say("");
    apply();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      focusActor(search.value);
    }
  });
  search.addEventListener("input", function (event) {
    // picking a suggestion of the list replaces the whole text: go there at once
    if (!event.inputType || event.inputType === "insertReplacementText") { focusActor(search.value); }
  });
  var names = byId("irkg-actor-names");
  Array.from(new Set(actors.map(function (a) { return a.label; }))).sort().forEach(function (label) {
    var option = document.createElement("option");
    option.value = label;
    names.appendChild(option);
  });
  byId("irkg-panel-close").addEventListener("click", function () {
    network.unselectAll();
    closePanel();
  });

  if (data.focus !== null && data.focus !== undefined && view.degree[data.focus]) {
    network.selectNodes([data.focus]);
    openNode(data.focus);
  }

  window.irkg = {
    network: network,
    nodes: nodes,
    edges: edges,
    apply: apply,
    focusActor: focusActor,
    openEdge: openEdge,
    openNode: openNode,
    view: function () { return view; }
  };
})();
