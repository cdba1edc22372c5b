// The query page of `kg serve`: YASQE (the SPARQL editor of YASGUI, vendored in web/vendor/)
// with completion from the graph's own vocabulary, the query library with parameter fields,
// results as a table with labels and links into the network view.
// Everything that comes from the graph is set with textContent, never parsed as HTML; nothing
// is fetched from anywhere but this server (the editor's prefix.cc and LOV look-ups are off).
"use strict";

(function () {
  const RESULTS = "application/sparql-results+json";
  const GRAPH = "text/turtle";
  const NUMERIC = /#(integer|decimal|double|float|int|long|short|nonNegativeInteger|positiveInteger)$/;
  const MAX_LABELS = 500;      // the server's bound on one label look-up
  const MAX_SUGGESTIONS = 60;
  const DEFAULT_QUERY = "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom } LIMIT 20";
  const state = {
    prefixes: {},
    queries: [],
    completions: [],     // {iri, label, note}: ontology terms and actors
    notes: new Map(),    // completion text -> what the hint shows beside it
    editor: null,
    binding: Promise.resolve(true),
    runs: 0,
  };
  let vocabularyReady;

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

  // ------------------------------------------------------------------ names and IRIs

  // A full IRI written with the standard prefixes (irkg:country/CUB), for reading; the longest
  // namespace wins.
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

  // The local part of a prefixed name in SPARQL syntax: "/" escaped (country\/CUB), or null when
  // the name cannot be written with a prefix.
  function sparqlLocal(local) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-\/]*$/.test(local) || local.endsWith(".")) return null;
    return local.replace(/\//g, "\\/");
  }

  function namespaceOf(yasqe, prefix) {
    const declared = yasqe.getPrefixesFromQuery()[prefix];
    return declared !== undefined ? declared : state.prefixes[prefix];
  }

  // ------------------------------------------------------------------ completion

  // Prefixed names of the ontology's terms and the graph's actors that start as typed; an actor
  // also matches by the start of its label (irkg:cub finds irkg:country\/CUB, Cuba).
  function suggest(yasqe, typed) {
    const colon = typed.indexOf(":");
    const prefix = typed.slice(0, colon);
    const namespace = namespaceOf(yasqe, prefix);
    if (namespace === undefined) return [];
    const wanted = typed.slice(colon + 1).replace(/\\/g, "").toLowerCase();
    const found = [];
    for (const entry of state.completions) {
      if (!entry.iri.startsWith(namespace)) continue;
      const rest = entry.iri.slice(namespace.length);
      const local = sparqlLocal(rest);
      if (local === null) continue;
      const byName = rest.toLowerCase().startsWith(wanted) ||
        rest.toLowerCase().split("/").some((part) => part.startsWith(wanted));
      if (byName || entry.label.toLowerCase().startsWith(wanted)) {
        const text = prefix + ":" + local;
        found.push(text);
        state.notes.set(text, entry.note);
        if (found.length >= MAX_SUGGESTIONS) break;
      }
    }
    return found;
  }

  function registerCompleters(Yasqe) {
    // the prefixes completer of YASQE (typing `ir:` adds `PREFIX ir: <...>`), fed with the
    // graph's prefixes instead of prefix.cc's, and kept out of localStorage
    Yasqe.forkAutocompleter("prefixes", {
      name: "irkgPrefixes",
      persistenceId: null,
      get: () => vocabularyReady.then((vocabulary) =>
        Object.entries(vocabulary.prefixes).map(([p, ns]) => p + ": <" + ns + ">").sort()),
    }, false);
    Yasqe.registerAutocompleter({
      name: "irkgTerms",
      bulk: false,
      autoShow: true,
      persistenceId: null,
      isValidCompletionPosition: (yasqe) => {
        const token = yasqe.getCompleteToken();
        const match = /^([A-Za-z][\w\-]*)?:/.exec(token.string);
        if (!match) return false;
        const cursor = yasqe.getDoc().getCursor();
        const previous = yasqe.getPreviousNonWsToken(cursor.line, token);
        if (previous && previous.string.toUpperCase() === "PREFIX") return false;
        return namespaceOf(yasqe, match[1] || "") !== undefined;
      },
      get: (yasqe, token) => suggest(yasqe, token.string),
      postprocessHints: (yasqe, hints) => {
        for (const hint of hints) {
          const note = state.notes.get(hint.text);
          if (note) hint.displayText = hint.text + "  —  " + note;
        }
        return hints;
      },
    }, false);
    Yasqe.defaults.autocompleters = ["variables", "irkgPrefixes", "irkgTerms"];
  }

  function learnVocabulary(vocabulary) {
    state.prefixes = vocabulary.prefixes;
    const completions = vocabulary.terms.map((term) => ({
      iri: term.iri,
      label: term.label || "",
      note: term.kind + (term.label ? ": " + term.label : ""),
    }));
    const names = $("actor-names");
    for (const actor of vocabulary.actors) {
      completions.push({ iri: actor.iri, label: actor.label, note: actor.label + " (" + actor.kind + ")" });
      const option = document.createElement("option");
      option.value = actor.label;
      names.appendChild(option);
    }
    state.completions = completions;
  }

  // PREFIX lines for the standard prefixes the text uses without declaring them (the server
  // declares them anyway; the editor's syntax check wants them written)
  function declarePrefixes() {
    const text = state.editor.getValue();
    const declared = state.editor.getPrefixesFromQuery();
    const missing = {};
    for (const [prefix, namespace] of Object.entries(state.prefixes)) {
      if (declared[prefix] === undefined && new RegExp("(^|[\\s(/|^{])" + prefix + ":").test(text)) {
        missing[prefix] = namespace;
      }
    }
    if (Object.keys(missing).length) state.editor.addPrefixes(missing);
  }

  function createEditor() {
    const Yasqe = window.Yasqe;
    registerCompleters(Yasqe);
    Yasqe.defaults.createShareableLink = null;  // no share button: it would put queries in URLs
    const runKeys = { "Ctrl-Enter": () => run(), "Cmd-Enter": () => run() };
    state.editor = new Yasqe($("query"), {
      value: DEFAULT_QUERY,
      persistenceId: null,       // nothing kept in localStorage
      consumeShareLink: null,
      showQueryButton: false,    // the page's Run button runs it
      prefixCcApi: null,         // the bundled list is replaced above; nothing is fetched
      resizeable: true,
      editorHeight: "240px",
      extraKeys: Object.assign({}, Yasqe.defaults.extraKeys, runKeys),
    });
  }

  // ------------------------------------------------------------------ results

  function iriCell(iri) {
    const td = element("td", undefined, "iri");
    td.title = iri;
    td.dataset.iri = iri;
    td.appendChild(element("span", shorten(iri), "name"));
    return td;
  }

  function cell(term) {
    if (term === undefined) return element("td", "");
    if (term.type === "uri") return iriCell(term.value);
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
    return table;
  }

  // Each IRI cell gets its label (rdfs:label, else skos:prefLabel), and an actor's a link that
  // opens the network view on it; the server looks them up (POST /api/labels).
  async function addLabels(table) {
    const cells = Array.from(table.querySelectorAll("td[data-iri]"));
    const iris = Array.from(new Set(cells.map((td) => td.dataset.iri))).slice(0, MAX_LABELS);
    if (iris.length) {
      const response = await fetch("/api/labels", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ iris: iris }),
      });
      if (!response.ok) throw new Error("labels: HTTP " + response.status + " " + (await response.text()));
      const found = await response.json();
      for (const td of cells) {
        const iri = td.dataset.iri;
        const label = found.labels[iri];
        const name = td.querySelector(".name");
        if (found.actors[iri]) {
          const link = element("a", undefined, "actor");
          link.href = "/network?focus=" + encodeURIComponent(iri);
          link.title = "open the network view on " + (label || iri);
          link.appendChild(element("span", label || shorten(iri), "label"));
          td.replaceChildren(link);
          if (label) td.appendChild(name);
        } else if (label) {
          td.insertBefore(element("span", label, "label"), name);
        }
      }
    }
    table.dataset.labelled = "true";
  }

  function setDownloads(query) {
    const encoded = encodeURIComponent(query);
    $("download-csv").href = "/sparql?format=csv&query=" + encoded;
    $("download-json").href = "/sparql?format=json&query=" + encoded;
    $("downloads").className = "ready";
  }

  async function run() {
    const button = $("run");
    if (button.disabled) return;
    button.disabled = true;
    $("downloads").className = "";
    setStatus("Running…", false);
    try {
      if (!(await state.binding)) return;  // the parameters did not bind: the status says why
      const query = state.editor.getValue();
      if (!query.trim()) {
        setStatus("The query is empty.", true);
        return;
      }
      const started = performance.now();
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
          const table = showTable(data);
          const count = data.results.bindings.length;
          setStatus(count + (count === 1 ? " row" : " rows") + note + " in " + seconds + " s", false);
          setDownloads(query);
          await addLabels(table).catch((error) => setStatus("Could not read the labels: " + error, true));
        }
      } else {
        $("output").replaceChildren(element("pre", await response.text()));
        setStatus("Graph (Turtle)" + note + " in " + seconds + " s", false);
      }
    } catch (error) {
      setStatus("The server did not answer: " + error, true);
    } finally {
      button.disabled = false;
      state.runs += 1;
      document.body.dataset.runs = String(state.runs);  // for tests: an answer was shown
    }
  }

  // ------------------------------------------------------------------ the library

  function chosenQuery() {
    return state.queries.find((q) => q.name === $("examples").value);
  }

  // The chosen query with the fields' values bound by the server (GET /api/queries/NAME):
  // an actor is resolved by code, label or IRI, and every value is written as one RDF term.
  function bindParameters() {
    const chosen = chosenQuery();
    if (!chosen) return state.binding;
    const params = new URLSearchParams();
    for (const input of $("parameters").querySelectorAll("input")) params.append(input.name, input.value);
    state.binding = (async () => {
      const response = await fetch("/api/queries/" + encodeURIComponent(chosen.name) + "?" + params, {
        headers: { Accept: "application/json" },
      });
      if (!response.ok) {
        setStatus("The parameters do not fit: " + (await response.text()), true);
        return false;
      }
      state.editor.setValue((await response.json()).text);
      setStatus("Parameters bound: run the query.", false);
      return true;
    })().catch((error) => {
      setStatus("The server did not answer: " + error, true);
      return false;
    });
    return state.binding;
  }

  function showParameters(chosen) {
    const form = $("parameters");
    form.replaceChildren();
    form.hidden = !chosen || chosen.parameters.length === 0;
    if (!chosen) return;
    for (const parameter of chosen.parameters) {
      const id = "param-" + parameter.name;
      const label = element("label", parameter.name + " ");
      label.htmlFor = id;
      label.appendChild(element("span", "(" + parameter.kind + ")", "hint"));
      const input = document.createElement("input");
      input.id = id;
      input.name = parameter.name;
      input.value = parameter.default || "";
      input.placeholder = parameter.default ? parameter.default : "any";
      input.title = parameter.description;
      if (parameter.kind === "actor") input.setAttribute("list", "actor-names");
      input.addEventListener("change", bindParameters);
      const field = element("div", undefined, "field");
      field.append(label, input, element("span", parameter.description, "hint"));
      form.appendChild(field);
    }
  }

  function chooseExample() {
    const chosen = chosenQuery();
    $("example-description").textContent = chosen ? chosen.description : "";
    showParameters(chosen);
    state.binding = Promise.resolve(true);
    if (chosen) state.editor.setValue(chosen.text);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  }

  async function loadLibrary() {
    try {
      const library = await getJson("/api/queries");
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
    vocabularyReady = getJson("/api/vocabulary");
    createEditor();
    vocabularyReady.then((vocabulary) => {
      learnVocabulary(vocabulary);
      declarePrefixes();
      $("query").dataset.vocabulary = String(state.completions.length);
    }, (error) => setStatus("Could not load the vocabulary: " + error, true));
    $("run").addEventListener("click", run);
    $("examples").addEventListener("change", chooseExample);
    $("parameters").addEventListener("submit", (event) => event.preventDefault());
    $("parameters").addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        bindParameters();
        if (event.ctrlKey || event.metaKey) run();
      }
    });
    window.irkgQuery = { editor: state.editor, run: run, bindParameters: bindParameters };
    loadLibrary();
  });
})();
