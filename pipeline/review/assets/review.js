/* sottovoce review site: filters and sorting on the index; on a call page, the player and the
   transcript kept in step, and the feedback marks. No network beyond the page's own origin
   (the marks API of `sottovoce review serve`); text is only ever set through textContent. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var S = JSON.parse(document.getElementById("ui-strings").textContent);

  function fill(s, kw) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(kw, k) ? String(kw[k]) : m; });
  }
  function clock(t) {
    t = Math.max(0, Math.floor(t));
    var m = Math.floor(t / 60), s = t % 60;
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  /* ---------------------------------------------------------------- index */
  function initIndex() {
    var table = document.getElementById("calls");
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var controls = document.querySelectorAll("[data-filter]");
    var shown = document.getElementById("shown");

    function apply() {
      var f = {};
      each(controls, function (c) { f[c.getAttribute("data-filter")] = c.value.trim().toLowerCase(); });
      var n = 0;
      rows.forEach(function (r) {
        var d = r.dataset;
        var ok = (!f.id || d.id.toLowerCase().indexOf(f.id) >= 0) &&
          (!f.purpose || d.purpose.toLowerCase() === f.purpose) &&
          (!f.language || d.language.toLowerCase() === f.language) &&
          (!f.notice || d.notice === f.notice) &&
          (!f.entity || d.entities.toLowerCase().split(" ").indexOf(f.entity) >= 0);
        r.hidden = !ok;
        if (ok) { n += 1; }
      });
      shown.textContent = fill(S.shown, { shown: n, total: rows.length });
    }
    each(controls, function (c) { c.addEventListener("input", apply); c.addEventListener("change", apply); });
    document.getElementById("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });

    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      th.querySelector("button.sort").addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var numeric = th.getAttribute("data-type") === "number";
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
          var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return dir === "ascending" ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
    apply();
  }

  /* ------------------------------------------------------------ call page */
  function initCall() {
    var audio = document.getElementById("player");
    var list = document.getElementById("turns");
    var turns = Array.prototype.slice.call(list.querySelectorAll(".turn"));
    var callId = document.body.getAttribute("data-call-id");
    var served = location.protocol === "http:" || location.protocol === "https:";
    var current = null;
    var lastPick = null; // {turn, first, last, kind}: the chip clicked or the words selected last

    function highlight(t) {
      var best = null;
      turns.forEach(function (el) {
        var a = parseFloat(el.getAttribute("data-start")), b = parseFloat(el.getAttribute("data-end"));
        if (a <= t + 0.01 && t < b && (!best || a >= parseFloat(best.getAttribute("data-start")))) { best = el; }
      });
      if (best === current) { return; }
      if (current) { current.classList.remove("playing"); current.removeAttribute("aria-current"); }
      current = best;
      if (best) {
        best.classList.add("playing");
        best.setAttribute("aria-current", "true");
        if (!audio.paused) { best.scrollIntoView({ block: "nearest" }); }
      }
    }
    function seek(t) {
      audio.currentTime = t;
      highlight(t);
      var p = audio.play();
      if (p && p.catch) { p.catch(function () { /* no audio output or autoplay policy: the seek stands */ }); }
    }
    audio.addEventListener("timeupdate", function () { highlight(audio.currentTime); });
    audio.addEventListener("seeked", function () { highlight(audio.currentTime); });
    audio.addEventListener("error", function () { document.getElementById("audio-error").hidden = false; });

    list.addEventListener("click", function (ev) {
      var el = ev.target.closest(".turn");
      if (!el) { return; }
      if (ev.target.closest("button.flag")) { openMark(el); return; }
      var chip = ev.target.closest("button.chip");
      if (chip) {
        lastPick = { turn: el, first: +chip.getAttribute("data-first"), last: +chip.getAttribute("data-last"), kind: "wrongly_removed" };
        seek(parseFloat(chip.getAttribute("data-start")));
        return;
      }
      var sel = window.getSelection();
      if (sel && !sel.isCollapsed && !ev.target.closest("button.seek")) { return; } // selecting words, not seeking
      seek(parseFloat(el.getAttribute("data-start")));
    });

    /* words selected in one turn become the range of the next flag */
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
      var range = sel.getRangeAt(0);
      var el = range.commonAncestorContainer;
      el = (el.nodeType === 1 ? el : el.parentElement).closest(".turn");
      if (!el || !el.hasAttribute("data-segment")) { return; }
      var idx = [];
      each(el.querySelectorAll(".w, .chip"), function (w) {
        if (range.intersectsNode(w)) {
          if (w.classList.contains("chip")) { idx.push(+w.getAttribute("data-first"), +w.getAttribute("data-last")); }
          else { idx.push(+w.getAttribute("data-i")); }
        }
      });
      if (idx.length) { lastPick = { turn: el, first: Math.min.apply(null, idx), last: Math.max.apply(null, idx), kind: "missed" }; }
    });

    /* --- the mark dialog */
    var dialog = document.getElementById("mark-dialog");
    var form = document.getElementById("mark-form");
    var first = document.getElementById("mark-first"), last = document.getElementById("mark-last");
    var comment = document.getElementById("mark-comment"), reviewer = document.getElementById("mark-reviewer");
    var status = document.getElementById("mark-status"), save = document.getElementById("mark-save");
    var marksStatus = document.getElementById("marks-status");
    var markTurn = null;

    function speakerLabel(s) { return S["speaker_" + s] || s; }
    function wordsOf(el) {
      var out = [];
      each(el.querySelectorAll(".w, .chip"), function (w) {
        if (w.classList.contains("chip")) {
          for (var i = +w.getAttribute("data-first"); i <= +w.getAttribute("data-last"); i += 1) {
            out.push([i, "[" + w.getAttribute("data-entity") + "]"]);
          }
        } else {
          out.push([+w.getAttribute("data-i"), w.textContent]);
        }
      });
      return out;
    }
    function options(select, words) {
      select.textContent = "";
      words.forEach(function (w) {
        var o = document.createElement("option");
        o.value = String(w[0]);
        o.textContent = (w[0] + 1) + ". " + w[1];
        select.appendChild(o);
      });
    }
    function openMark(el) {
      markTurn = el;
      var words = wordsOf(el);
      if (!words.length) { return; }
      options(first, words);
      options(last, words);
      var pick = lastPick && lastPick.turn === el ? lastPick : null;
      first.value = String(pick ? pick.first : words[0][0]);
      last.value = String(pick ? pick.last : words[words.length - 1][0]);
      form.querySelector("input[name=kind][value=" + (pick ? pick.kind : "missed") + "]").checked = true;
      document.getElementById("mark-context").textContent =
        speakerLabel(el.getAttribute("data-speaker")) + " " + clock(parseFloat(el.getAttribute("data-start")));
      status.textContent = served ? "" : S.offline;
      save.disabled = !served;
      if (!reviewer.value) { reviewer.value = localStorage.getItem("sottovoce.reviewer") || ""; }
      if (!reviewer.value && served) {
        fetch("/api/session").then(function (r) { return r.json(); })
          .then(function (j) { if (!reviewer.value) { reviewer.value = j.reviewer || ""; } }).catch(function () {});
      }
      dialog.showModal();
      comment.focus();
    }
    document.getElementById("mark-cancel").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { if (markTurn) { markTurn.querySelector("button.flag").focus(); } });

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var a = +first.value, b = +last.value;
      var body = {
        call_id: callId, segment: +markTurn.getAttribute("data-segment"),
        first_word: Math.min(a, b), last_word: Math.max(a, b),
        kind: form.querySelector("input[name=kind]:checked").value,
        comment: comment.value, reviewer: reviewer.value
      };
      localStorage.setItem("sottovoce.reviewer", reviewer.value); // the reviewer's name only, never a comment
      save.disabled = true;
      fetch("/api/marks", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
        .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
        .then(function (res) {
          if (!res.ok) { throw new Error(res.body.error || "error"); }
          comment.value = "";
          lastPick = null;
          dialog.close();
          marksStatus.textContent = S.saved;
          loadMarks();
        })
        .catch(function (e) { status.textContent = fill(S.save_failed, { reason: e.message }); })
        .then(function () { save.disabled = false; });
    });

    function loadMarks() {
      var ul = document.getElementById("marks-list");
      if (!served) { marksStatus.textContent = S.offline; return; }
      fetch("/api/marks?call_id=" + encodeURIComponent(callId))
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (j) {
          ul.textContent = "";
          if (!j.marks.length) { var li0 = document.createElement("li"); li0.textContent = S.no_marks; ul.appendChild(li0); }
          j.marks.forEach(function (m) {
            var li = document.createElement("li");
            li.className = "mark";
            li.textContent = S["mark_" + m.kind] + " \u00b7 " + clock(m.start) + "\u2013" + clock(m.end) + " \u00b7 " +
              speakerLabel(m.speaker) + (m.entities.length ? " \u00b7 " + m.entities.join(", ") : "") + " \u00b7 " + m.reviewer;
            ul.appendChild(li);
          });
        })
        .catch(function () { marksStatus.textContent = S.offline; });
    }
    loadMarks();
  }

  var page = document.body.getAttribute("data-page");
  if (page === "index") { initIndex(); } else if (page === "call") { initCall(); }
}());
