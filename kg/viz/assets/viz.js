/* IRKG network page. Reads the embedded JSON (one row per interaction), merges parallel
   interactions into one weighted edge per (source, relation, target) for the current filters,
   and draws them on vis-network's canvas (vis-network draws the actors at the positions computed
   in Python, no physics; the edges and labels are drawn here, see kg/viz/page.py for why).
   Graph text (labels, sentences, titles) only ever enters the page through textContent; links
   are made only for http(s) URLs. Nothing is fetched. */
(function () {
  "use strict";

  var MAX_TIP_ITEMS = 8;
  var MAX_PANEL_ITEMS = 200;
  var MAX_PANEL_DOCS = 50;
  var MAX_PANEL_RELATIONS = 100;
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
  var eventSeen = new Uint32Array(rows.reduce(function (most, row) { return Math.max(most, row[8] + 1); }, 0));
  var eventPass = 0;

  /* "3 interactions (2 events)": the reports of some rows (an array of indices into rows, or
     an array of edges), and the events they stand for */
  function reports(items) {
    var lists = items.length && typeof items[0] === "object" ? items : [items];
    var count = 0, events = 0;
    eventPass += 1;
    lists.forEach(function (list) {
      var indices = list.rows || list;
      count += indices.length;
      indices.forEach(function (i) {
        var event = rows[i][8];
        if (event >= 0 && eventSeen[event] !== eventPass) { eventSeen[event] = eventPass; events += 1; }
      });
    });
    return plural(count, "interaction") + (events ? " (" + plural(events, "event") + ")" : "");
  }

  // ------------------------------------------------------------------ filters -> edges

  // precomputed once: each row's edge (a meeting is one edge whatever its direction) as a
  // number, and the rows in the order of the evidence (oldest first, undated last), so that a
  // filter change only counts, without building a string or sorting
  var edgeKeys = []; // edge number -> {id, from, to, relation}
  var rowEdge = (function () {
    var numbers = new Map();
    return rows.map(function (row) {
      var a = row[0], b = row[1];
      if (row[2] === MEETS && b < a) { a = row[1]; b = row[0]; }
      var id = "e" + a + "-" + b + "-" + row[2];
      if (!numbers.has(id)) {
        numbers.set(id, edgeKeys.length);
        edgeKeys.push({ id: id, from: a, to: b, relation: row[2] });
      }
      return numbers.get(id);
    });
  })();
  var rowsInOrder = rows.map(function (row, index) { return index; }).sort(function (a, b) {
    var x = rows[a], y = rows[b];
    var dx = x[4] || "9999", dy = y[4] || "9999";
    if (dx !== dy) { return dx < dy ? -1 : 1; }
    return (x[5] - y[5]) || (x[7] - y[7]) || (a - b);
  });
  // edges in the order they are drawn and listed: by source, target, relation
  var edgeOrder = edgeKeys.map(function (key, n) { return n; }).sort(function (m, n) {
    var x = edgeKeys[m], y = edgeKeys[n];
    return (x.from - y.from) || (x.to - y.to) || (x.relation - y.relation);
  });

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
    var kindNames = checked("kind");
    var min = parseInt(byId("irkg-min").value, 10);
    return {
      relations: relations.map(function (r) { return relationNames.has(r.name); }),
      modalities: modalities.map(function (m) { return modalityNames.has(m.name); }),
      actors: actors.map(function (a) { return kindNames.has(a.kind); }),
      since: byId("irkg-since").value,
      until: byId("irkg-until").value,
      undated: byId("irkg-undated").checked,
      min: isFinite(min) && min > 1 ? min : 1
    };
  }

  function passes(row, f) {
    if (!f.relations[row[2]] || !f.modalities[row[3]]) { return false; }
    if (!f.actors[row[0]] || !f.actors[row[1]]) { return false; }
    var date = row[4];
    if (!date) { return f.undated; }
    return !((f.since && date < f.since) || (f.until && date > f.until));
  }

  /* The edges and actor activity the filters leave: {edges: [...], byId: Map, degree: [...]} */
  function aggregate(f) {
    var grouped = edgeKeys.map(function () { return null; });
    rowsInOrder.forEach(function (index) {
      var row = rows[index];
      if (!passes(row, f)) { return; }
      var n = rowEdge[index];
      if (grouped[n]) { grouped[n].push(index); } else { grouped[n] = [index]; }
    });
    var edges = [];
    var degree = actors.map(function () { return 0; });
    edgeOrder.forEach(function (n) {
      var found = grouped[n];
      if (!found || found.length < f.min) { return; }
      var key = edgeKeys[n];
      edges.push({ id: key.id, from: key.from, to: key.to, relation: key.relation, rows: found });
      degree[key.from] += found.length;
      degree[key.to] += found.length;
    });
    // an edge alone between its two actors is drawn straight; edges sharing a pair (several
    // relations, or both directions) curve, each further out than the one before
    var pairs = new Map(); // unordered pair of actors -> its edges
    var previous = null;
    edges.forEach(function (edge) {
      var same = previous && previous.from === edge.from && previous.to === edge.to;
      edge.rank = same ? previous.rank + 1 : 0;
      previous = edge;
      edge.pair = Math.min(edge.from, edge.to) * actors.length + Math.max(edge.from, edge.to);
      pairs.set(edge.pair, (pairs.get(edge.pair) || 0) + 1);
    });
    edges.forEach(function (edge) {
      if (pairs.get(edge.pair) === 1) { edge.rank = -1; }
      edge.width = edgeWidth(edge.rows.length);
    });
    return { edges: edges, byId: new Map(edges.map(function (e) { return [e.id, e]; })), degree: degree };
  }

  function nodeSize(weight) { return Math.min(10 + 5 * Math.sqrt(weight), 40); }

  function edgeWidth(weight) { return Math.round(Math.min(1.5 + 2.5 * Math.log2(weight), 14) * 100) / 100; }

  // lines have round caps: a gap must outgrow the width to stay visible on a thick edge
  function edgeDashes(edge) {
    return relations[edge.relation].cooperative ? null : [Math.max(data.dashes[0], 1.5 * edge.width), data.dashes[1] + edge.width];
  }

  /* An edge as drawn, in the terms of vis-network's edge options (for scripts and tests). */
  function edgeRecord(edge) {
    var relation = relations[edge.relation];
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      width: edge.width,
      color: { color: relation.colour },
      dashes: edgeDashes(edge) || false,
      arrows: { to: { enabled: edge.relation !== MEETS } },
      smooth: edge.rank < 0 ? { enabled: false } : { enabled: true, type: "curvedCW", roundness: roundness(edge) },
      relation: relation.name,
      weight: edge.rows.length
    };
  }

  function roundness(edge) { return edge.rank < 0 ? 0 : 0.15 + 0.15 * edge.rank; }

  var colourBy = data.colourBy;

  function actorColour(actor) {
    return colourBy === "community" ? data.communities[actor.community].colour : kinds[actor.kind].colour;
  }

  function nodeColour(actor) {
    var colour = actorColour(actor);
    return {
      background: colour,
      border: "#444444",
      highlight: { background: colour, border: "#000000" },
      hover: { background: colour, border: "#000000" }
    };
  }

  function nodeStyle(actor, index, weight) {
    return {
      id: index,
      label: actor.label, // drawn by drawLabels, not by vis-network (see VIS_OPTIONS)
      x: actor.x,
      y: actor.y,
      shape: kinds[actor.kind].shape,
      color: nodeColour(actor),
      size: nodeSize(weight),
      hidden: weight === 0,
      kind: actor.kind,
      community: actor.community
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
  var opened = null; // {kind: "edge"|"node", id, signature}

  /* Fill the panel; when `refresh` finds the same content already open (a filter change that
     left this edge or actor as it was), nothing is rebuilt. */
  function openPanel(kind, id, signature, refresh, build) {
    if (refresh && opened && opened.kind === kind && opened.id === id && opened.signature === signature) { return; }
    opened = { kind: kind, id: id, signature: signature };
    var scroll = refresh ? panel.scrollTop : 0;
    var body = element("div");
    build(body);
    panelBody.replaceChildren(body);
    panel.hidden = false;
    panel.scrollTop = scroll;
  }

  function closePanel() {
    opened = null;
    panel.hidden = true;
    panelBody.replaceChildren();
  }

  function openEdge(id, refresh) {
    var edge = view.byId.get(id);
    if (!edge) { return false; }
    openPanel("edge", id, edge.rows.join(","), refresh, function (body) {
      body.appendChild(element("h2", "irkg-head", edgeHead(edge)));
      body.appendChild(element("p", "irkg-line", reports(edge.rows) + ", oldest first"));
      body.appendChild(evidenceBox(edge.rows, MAX_PANEL_ITEMS, true));
    });
    return true;
  }

  function openNode(index, refresh) {
    if (!view.degree[index]) { return false; }
    var actor = actors[index];
    var touching = view.edges.filter(function (e) { return e.from === index || e.to === index; });
    var signature = touching.map(function (e) { return e.id + ":" + e.rows.length; }).join(",");
    openPanel("node", index, signature, refresh, function (body) {
      body.appendChild(element("h2", "irkg-head", actor.label));
      body.appendChild(element("p", "irkg-line", actorLine(index)));
      if (actor.members.length) {
        body.appendChild(element("p", "irkg-line", "includes " + actor.members.join(", ")));
      }
      var counts = activityOf(index);
      body.appendChild(element("p", "irkg-line", plural(counts.out + counts.into, "interaction") + " (" + counts.out + " as source, " + counts.into + " as target)"));
      touching.sort(function (x, y) { return (y.rows.length - x.rows.length) || (x.relation - y.relation); });
      body.appendChild(element("h3", null, "Relations"));
      var list = element("ul", "irkg-relations-list");
      touching.slice(0, MAX_PANEL_RELATIONS).forEach(function (edge) {
        var entry = element("li");
        var button = element("button", "irkg-edge-button", edgeHead(edge) + " (" + edge.rows.length + ")");
        button.type = "button";
        button.addEventListener("click", function () {
          network.unselectAll();
          select(edge.id);
          openEdge(edge.id);
        });
        entry.appendChild(button);
        list.appendChild(entry);
      });
      body.appendChild(list);
      if (touching.length > MAX_PANEL_RELATIONS) {
        body.appendChild(element("div", "irkg-more", "… and " + (touching.length - MAX_PANEL_RELATIONS).toLocaleString("en") + " more relations"));
      }
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
    select(null);
    network.selectNodes([index]);
    network.focus(index, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    openNode(index);
    return true;
  }

  // ------------------------------------------------------------------ drawing edges

  /* vis-network draws the actors; the edges are drawn here, on its canvas before the actors,
     in one path per look (relation, width): thousands of edges in a few strokes, and a filter
     change replaces an array instead of updating vis-network's data set edge by edge (which
     costs seconds at 10,000 edges). On a large page, dashes, curves and arrows are drawn once
     the reader zooms in far enough to see them. */
  var DETAIL_SCALE = 0.35;
  var selectedEdge = null;
  var hoveredEdge = null;

  function geometry(edge) {
    var a = actors[edge.from], b = actors[edge.to];
    var dx = b.x - a.x, dy = b.y - a.y;
    var r = roundness(edge);
    // clockwise from source to target: the two directions of a pair curve apart
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, cx: a.x + dx / 2 - dy * r, cy: a.y + dy / 2 + dx * r, curved: r > 0 };
  }

  var visible = null; // the part of the network in view, in its own units, with a margin

  /* Liang-Barsky: the part of the segment inside `r`, or null */
  function clipped(x1, y1, x2, y2, r) {
    var dx = x2 - x1, dy = y2 - y1, t0 = 0, t1 = 1;
    var p = [-dx, dx, -dy, dy], q = [x1 - r.left, r.right - x1, y1 - r.top, r.bottom - y1];
    for (var i = 0; i < 4; i += 1) {
      if (p[i] === 0) { if (q[i] < 0) { return null; } continue; }
      var t = q[i] / p[i];
      if (p[i] < 0) { if (t > t1) { return null; } t0 = Math.max(t0, t); } else { if (t < t0) { return null; } t1 = Math.min(t1, t); }
    }
    return [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
  }

  function inView(g) {
    var r = visible;
    return !r || !(Math.max(g.x1, g.x2, g.cx) < r.left || Math.min(g.x1, g.x2, g.cx) > r.right
      || Math.max(g.y1, g.y2, g.cy) < r.top || Math.min(g.y1, g.y2, g.cy) > r.bottom);
  }

  /* Only what is in view is traced, and a straight edge only its part in view: zoomed in, a
     dashed line thousands of pixels long would otherwise cost its every dash. */
  function tracePath(ctx, g, straight) {
    if (!inView(g)) { return; }
    if (g.curved && !straight) {
      ctx.moveTo(g.x1, g.y1);
      ctx.quadraticCurveTo(g.cx, g.cy, g.x2, g.y2);
      return;
    }
    var part = visible ? clipped(g.x1, g.y1, g.x2, g.y2, visible) : [g.x1, g.y1, g.x2, g.y2];
    if (part) {
      ctx.moveTo(part[0], part[1]);
      ctx.lineTo(part[2], part[3]);
    }
  }

  function traceArrow(ctx, edge, g, extra) {
    var tx = g.x2 - (g.curved ? g.cx : g.x1), ty = g.y2 - (g.curved ? g.cy : g.y1);
    var length = Math.hypot(tx, ty) || 1;
    var ux = tx / length, uy = ty / length;
    var back = Math.max(drawnSize[edge.to], 0); // the arrow touches the target's disc
    var size = 7 + 1.6 * edge.width + extra;
    var px = g.x2 - ux * back, py = g.y2 - uy * back;
    var bx = px - ux * size, by = py - uy * size;
    ctx.moveTo(px, py);
    ctx.lineTo(bx - uy * size * 0.45, by + ux * size * 0.45);
    ctx.lineTo(bx + uy * size * 0.45, by - ux * size * 0.45);
    ctx.closePath();
  }

  /* One path for `list`; `detailed` false (a large page seen from afar, where a dash, a curve
     or an arrow would be smaller than a pixel): straight and solid, which rasterises far faster. */
  function strokeEdges(ctx, list, colour, width, dashes, detailed) {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(detailed && dashes ? dashes : []);
    if (detailed) {
      // zoomed in, wide lines: one stroke each (a path of many wide crossing lines is slow to fill)
      list.forEach(function (edge) {
        ctx.beginPath();
        tracePath(ctx, geometry(edge), false);
        ctx.stroke();
      });
    } else {
      ctx.beginPath();
      list.forEach(function (edge) { tracePath(ctx, geometry(edge), true); });
      ctx.stroke();
    }
    if (detailed) {
      ctx.setLineDash([]);
      ctx.beginPath();
      list.forEach(function (edge) {
        var g = geometry(edge);
        if (edge.relation !== MEETS && inView(g)) { traceArrow(ctx, edge, g, width - edge.width); }
      });
      ctx.fill();
    }
  }

  function drawEdges(ctx) {
    var detailed = !data.large || network.getScale() >= DETAIL_SCALE;
    var box = byId("irkg-network");
    var margin = 60 / network.getScale();
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var bottomRight = network.DOMtoCanvas({ x: box.clientWidth, y: box.clientHeight });
    visible = { left: topLeft.x - margin, top: topLeft.y - margin, right: bottomRight.x + margin, bottom: bottomRight.y + margin };
    var looks = new Map();
    view.edges.forEach(function (edge) {
      var key = edge.relation + "/" + edge.width;
      var look = looks.get(key);
      if (!look) { looks.set(key, look = []); }
      look.push(edge);
    });
    ctx.save();
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    looks.forEach(function (list) {
      var edge = list[0];
      strokeEdges(ctx, list, relations[edge.relation].colour, edge.width, edgeDashes(edge), detailed);
    });
    [hoveredEdge, selectedEdge].forEach(function (id) {
      var edge = id && view.byId.get(id);
      if (edge) {
        strokeEdges(ctx, [edge], "#000000", edge.width + 4 / network.getScale(), null, true);
        strokeEdges(ctx, [edge], relations[edge.relation].colour, edge.width + 1.5 / network.getScale(), edgeDashes(edge), true);
      }
    });
    ctx.restore();
  }

  function distanceToSegment(px, py, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1;
    var t = dx || dy ? ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy) : 0;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
  }

  function distanceToEdge(px, py, g) {
    if (!g.curved) { return distanceToSegment(px, py, g.x1, g.y1, g.x2, g.y2); }
    var best = Infinity, x = g.x1, y = g.y1;
    for (var step = 1; step <= 12; step += 1) {
      var t = step / 12, u = 1 - t;
      var nx = u * u * g.x1 + 2 * u * t * g.cx + t * t * g.x2, ny = u * u * g.y1 + 2 * u * t * g.cy + t * t * g.y2;
      best = Math.min(best, distanceToSegment(px, py, x, y, nx, ny));
      x = nx; y = ny;
    }
    return best;
  }

  /* The edge under a point of the network's box (DOM pixels), or null: the nearest within
     a few pixels of its line. */
  function edgeAt(point) {
    var p = network.DOMtoCanvas(point);
    var scale = network.getScale();
    var best = null, bestDistance = Infinity;
    view.edges.forEach(function (edge) {
      var g = geometry(edge);
      var reach = edge.width / 2 + 4 / scale;
      var left = Math.min(g.x1, g.x2, g.cx) - reach, right = Math.max(g.x1, g.x2, g.cx) + reach;
      var top = Math.min(g.y1, g.y2, g.cy) - reach, bottom = Math.max(g.y1, g.y2, g.cy) + reach;
      if (p.x < left || p.x > right || p.y < top || p.y > bottom) { return; }
      var d = distanceToEdge(p.x, p.y, g) - reach;
      if (d <= 0 && d < bestDistance) { best = edge; bestDistance = d; }
    });
    return best ? best.id : null;
  }

  function select(id) {
    selectedEdge = id;
    if (network) { network.redraw(); }
  }

  // ------------------------------------------------------------------ drawing labels

  /* Labels in the reader's pixels, most central actors first (their rank comes from Python):
     at the opening zoom data.labelsAtFit of them, four times as many at twice the zoom, and
     none where it would cover another; the selected and the hovered actor always. */
  var LABEL_PX = 12;
  var byRank = actors.map(function (actor, index) { return index; }).sort(function (a, b) { return actors[a].rank - actors[b].rank; });
  var fitScale = null;
  var hoveredNode = null;
  var labelled = [];

  function drawLabels(ctx) {
    var scale = network.getScale();
    if (fitScale === null) { fitScale = scale; }
    var budget = data.labelsAtFit * Math.max(1, Math.pow(scale / fitScale, 2));
    var box = byId("irkg-network");
    var width = box.clientWidth, height = box.clientHeight;
    var placed = [];
    var forced = network.getSelectedNodes().concat(hoveredNode === null ? [] : [hoveredNode]);
    var queue = forced.concat(byRank);
    var seen = new Set();
    var candidates = 0;
    labelled = [];
    ctx.save();
    ctx.font = LABEL_PX / scale + "px sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#222222";
    for (var q = 0; q < queue.length; q += 1) {
      var index = queue[q];
      var force = q < forced.length;
      if (seen.has(index) || !view.degree[index]) { continue; }
      seen.add(index);
      if (!force && (candidates += 1) > budget) { break; }
      var actor = actors[index];
      var at = network.canvasToDOM({ x: actor.x, y: actor.y });
      var textWidth = ctx.measureText(actor.label).width * scale;
      var top = at.y + drawnSize[index] * scale + 2;
      var rect = { left: at.x - textWidth / 2 - 2, right: at.x + textWidth / 2 + 2, top: top, bottom: top + LABEL_PX + 3 };
      if (!force && (rect.right < 0 || rect.left > width || rect.bottom < 0 || rect.top > height)) { continue; }
      if (!force && placed.some(function (o) { return rect.left < o.right && o.left < rect.right && rect.top < o.bottom && o.top < rect.bottom; })) { continue; }
      placed.push(rect);
      labelled.push({ actor: index, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
      var y = actor.y + drawnSize[index] + 2 / scale;
      ctx.strokeText(actor.label, actor.x, y);
      ctx.fillText(actor.label, actor.x, y);
    }
    ctx.restore();
  }

  // ------------------------------------------------------------------ the network and the filters

  var nodes = new vis.DataSet(actors.map(function (actor, index) { return nodeStyle(actor, index, 0); }));
  var drawnSize = actors.map(function () { return -1; }); // actor -> size as drawn (px), -1 hidden
  var firstSize = actors.map(function () { return -1; }); // actor -> size when first shown
  var view = { edges: [], byId: new Map(), degree: actors.map(function () { return 0; }) };
  var options = data.options;
  var network = null;

  /* Redraw for the current filters: vis-network hears only of the actors whose size or
     visibility changed; the edges are an array drawn by drawEdges. */
  function apply() {
    view = aggregate(readFilters());
    var changed = [];
    view.degree.forEach(function (weight, index) {
      // on a large page an actor keeps the size it was first drawn with, so a filter change
      // only tells vis-network which actors appear or disappear (resizing 2,000 costs 0.1 s+)
      var size = -1;
      if (weight && data.large && firstSize[index] > 0) { size = firstSize[index]; }
      else if (weight) { size = firstSize[index] = Math.round(nodeSize(weight)); }
      if (size !== drawnSize[index]) { changed.push({ id: index, hidden: size < 0, size: Math.max(size, 1) }); }
      drawnSize[index] = size;
    });
    if (changed.length) { nodes.update(changed); }
    if (selectedEdge && !view.byId.has(selectedEdge)) { selectedEdge = null; }
    if (hoveredEdge && !view.byId.has(hoveredEdge)) { hoveredEdge = null; }
    var shown = view.degree.filter(function (d) { return d > 0; }).length;
    byId("irkg-summary").textContent = plural(shown, "actor") + ", " + plural(view.edges.length, "edge") + ", " + reports(view.edges) + " shown";
    if (opened && !(opened.kind === "edge" ? openEdge(opened.id, true) : openNode(opened.id, true))) {
      if (network) { network.unselectAll(); }
      closePanel();
    }
    hideTip();
    if (network && !changed.length) { network.redraw(); } // else vis-network redraws at the next frame
  }

  function recolour() {
    colourBy = (document.querySelector('input[name="colour"]:checked') || {}).value || data.colourBy;
    nodes.update(actors.map(function (actor, index) { return { id: index, color: nodeColour(actor) }; }));
    communityLegend();
  }

  /* The communities' colours, each named after its most central actor (as text). */
  function communityLegend() {
    var list = byId("irkg-community-list");
    var shownGroups = data.communities.filter(function (c) { return c.size > 1; }).slice(0, 12);
    list.replaceChildren();
    shownGroups.forEach(function (group) {
      var entry = element("li");
      var swatch = element("span", "irkg-swatch");
      swatch.style.background = group.colour;
      entry.appendChild(swatch);
      entry.appendChild(element("span", null, group.central + (group.size > 1 ? " and " + plural(group.size - 1, "other") : "")));
      list.appendChild(entry);
    });
    var rest = data.communities.length - shownGroups.length;
    if (rest > 0) {
      var last = element("li");
      var grey = element("span", "irkg-swatch");
      grey.style.background = data.communities[data.communities.length - 1].colour;
      last.appendChild(grey);
      last.appendChild(element("span", null, plural(rest, "smaller group")));
      list.appendChild(last);
    }
    byId("irkg-communities").hidden = colourBy !== "community";
  }

  apply();
  communityLegend();
  network = new vis.Network(byId("irkg-network"), { nodes: nodes, edges: new vis.DataSet([]) }, options);
  network.on("beforeDrawing", drawEdges);
  network.on("afterDrawing", drawLabels);

  var canvasBox = byId("irkg-network");

  function pointerIn(event) {
    var rect = canvasBox.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  network.on("hoverNode", function (params) {
    hoveredNode = params.node;
    if (hoveredEdge) { hoveredEdge = null; }
    showTip(nodeTip(params.node), params.pointer.DOM);
  });
  network.on("blurNode", function () { hoveredNode = null; hideTip(); });
  var pending = null;
  canvasBox.addEventListener("mousemove", function (event) {
    pending = pointerIn(event);
    window.requestAnimationFrame(function () {
      if (!pending) { return; }
      var point = pending;
      pending = null;
      if (network.getNodeAt(point) !== undefined) { return; }
      var id = edgeAt(point);
      if (id !== hoveredEdge) {
        hoveredEdge = id;
        network.redraw();
        if (!id) { hideTip(); }
      }
      if (id) { showTip(edgeTip(view.byId.get(id)), point); }
    });
  });
  canvasBox.addEventListener("mouseleave", function () {
    pending = null;
    if (hoveredEdge) { hoveredEdge = null; network.redraw(); }
    hideTip();
  });
  ["dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });
  network.on("click", function (params) {
    hideTip();
    if (params.nodes.length) { select(null); openNode(params.nodes[0]); return; }
    var id = edgeAt(params.pointer.DOM);
    if (id) { select(id); openEdge(id); } else { select(null); closePanel(); }
  });
  network.once("afterDrawing", function () {
    window.irkgReady = true;
    document.documentElement.setAttribute("data-irkg-ready", "true");
  });

  // ------------------------------------------------------------------ the time slider

  var DAY = 86400000;
  var from = byId("irkg-from"), to = byId("irkg-to");
  var since = byId("irkg-since"), until = byId("irkg-until");
  var first = data.dates ? Date.parse(data.dates.first + "T00:00:00Z") : NaN;

  function dayOf(value, fallback) {
    var time = Date.parse(value + "T00:00:00Z");
    return isFinite(time) && isFinite(first) ? Math.round((time - first) / DAY) : fallback;
  }

  function isoDay(offset) { return new Date(first + offset * DAY).toISOString().slice(0, 10); }

  /* Handles -> date fields (the handles never cross: the one moved pushes the other). */
  function slid(event) {
    var low = Number(from.value), high = Number(to.value);
    if (low > high) { if (event.target === from) { to.value = String(low); high = low; } else { from.value = String(high); low = high; } }
    since.value = low > 0 ? isoDay(low) : "";
    until.value = high < Number(to.max) ? isoDay(high) : "";
  }

  /* Date fields -> handles. */
  function typed() {
    from.value = String(Math.max(0, dayOf(since.value, 0)));
    to.value = String(Math.min(Number(to.max), dayOf(until.value, Number(to.max))));
  }

  var form = byId("irkg-filters");
  var search = byId("irkg-search");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function (event) {
    var target = event.target;
    if (target === search) { return; }
    if (target.name === "colour") { recolour(); return; }
    if (target === from || target === to) { slid(event); }
    if (target === since || target === until) { typed(); }
    apply();
  });
  byId("irkg-reset").addEventListener("click", function () {
    form.reset();
    say("");
    recolour();
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
    select(null);
    closePanel();
  });

  if (data.focus !== null && data.focus !== undefined && view.degree[data.focus]) {
    network.selectNodes([data.focus]);
    openNode(data.focus);
  }

  window.irkg = {
    network: network,
    nodes: nodes,
    edges: {
      get: function (id) {
        if (id !== undefined) { var edge = view.byId.get(id); return edge ? edgeRecord(edge) : null; }
        return view.edges.map(edgeRecord);
      },
      get length() { return view.edges.length; }
    },
    apply: apply,
    edgeAt: edgeAt,
    selectedEdge: function () { return selectedEdge; },
    labelled: function () { return labelled.map(function (label) { return label.actor; }); },
    labels: function () { return labelled.slice(); }, // with their boxes, in the network's pixels
    focusActor: focusActor,
    openEdge: openEdge,
    openNode: openNode,
    view: function () { return view; }
  };
})();
