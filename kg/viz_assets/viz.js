/* IRKG network page: reads the embedded JSON, builds every tooltip as DOM nodes with textContent
   (graph text is never parsed as HTML), draws the network, and stops physics once it has settled. */
(function () {
  "use strict";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null && text !== "") {
      node.textContent = String(text);
    }
    return node;
  }

  function tooltip(tip) {
    var box = element("div", "irkg-tip");
    if (!tip) {
      return box;
    }
    box.appendChild(element("div", "irkg-tip-head", tip.head));
    (tip.lines || []).forEach(function (line) {
      box.appendChild(element("div", "irkg-tip-line", line));
    });
    if (tip.items && tip.items.length) {
      var list = element("ol", "irkg-tip-items");
      tip.items.forEach(function (item) {
        var entry = element("li");
        entry.appendChild(element("q", "irkg-tip-sentence", item.sentence));
        entry.appendChild(element("div", "irkg-tip-meta", item.meta));
        list.appendChild(entry);
      });
      box.appendChild(list);
    }
    if (tip.more) {
      box.appendChild(element("div", "irkg-tip-more", tip.more));
    }
    return box;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltip(item.tip);
      delete copy.tip;
      return copy;
    });
  }

  var data = JSON.parse(document.getElementById("irkg-data").textContent);
  var container = document.getElementById("irkg-network");
  var network = new vis.Network(
    container,
    { nodes: new vis.DataSet(withTooltips(data.nodes)), edges: new vis.DataSet(withTooltips(data.edges)) },
    data.options
  );
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });
  window.irkgNetwork = network;
})();
