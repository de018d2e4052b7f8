// reecheck report filters: status boxes, a source menu and a search box. No network, no storage.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  var items = Array.prototype.map.call(document.querySelectorAll(".item"), function (el) {
    var sources = [];
    try { sources = JSON.parse(el.getAttribute("data-sources") || "[]"); } catch (e) { sources = []; }
    return { el: el, status: el.getAttribute("data-status"), sources: sources, text: el.textContent.toLowerCase() };
  });
  var sections = document.querySelectorAll("section.status");
  var count = document.getElementById("shown-count");

  function apply() {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=status]"), function (box) { on[box.value] = box.checked; });
    var source = form.elements.source.value;
    var terms = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (it) {
      var ok = on[it.status] !== false && (!source || it.sources.indexOf(source) >= 0) &&
        terms.every(function (t) { return it.text.indexOf(t) >= 0; });
      it.el.hidden = !ok;
      if (ok) { shown += 1; }
    });
    Array.prototype.forEach.call(sections, function (sec) {
      var status = sec.getAttribute("data-status");
      var total = sec.querySelectorAll(".item").length;
      var visible = sec.querySelectorAll(".item:not([hidden])").length;
      sec.hidden = on[status] === false;
      sec.querySelector(".shown").textContent = visible === total ? String(total) : visible + " of " + total;
      sec.querySelector(".nomatch").hidden = !(total > 0 && visible === 0);
    });
    count.textContent = shown + " of " + items.length + " shown";
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
}());
