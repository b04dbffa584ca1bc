// annals: filters and search. The page is complete without this script; it
// only hides entries that do not match, and shows the controls it drives.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  if (!form) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll('li.entry'));
  var months = Array.prototype.slice.call(document.querySelectorAll('section.month'));
  var years = Array.prototype.slice.call(document.querySelectorAll('section.year'));
  var yearLinks = Array.prototype.slice.call(document.querySelectorAll('nav.years a'));
  var search = form.querySelector('input[type="search"]');
  var shown = form.querySelector('.shown');
  var emptyResult = document.querySelector('.empty-result');
  var texts = null;  // lower-cased entry text, built on the first search

  function checkedValues(name) {
    var set = {};
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) set[boxes[i].value] = true;
    }
    return set;
  }

  function setHidden(element, hidden) {
    if (element.hidden !== hidden) element.hidden = hidden;
  }

  function apply() {
    var types = checkedValues('type');
    var statuses = checkedValues('status');
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length && !texts) {
      // What a reader sees of an entry, without labels such as "Place".
      texts = entries.map(function (e) {
        var parts = e.querySelectorAll('.when, .badge, .title, dd, .note, blockquote, cite');
        return Array.prototype.map.call(parts, function (p) { return p.textContent; })
            .join(' ').toLowerCase();
      });
    }
    var count = 0;
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var ok = types[e.getAttribute('data-type')] === true &&
               statuses[e.getAttribute('data-status')] === true;
      for (var w = 0; ok && w < words.length; w++) ok = texts[i].indexOf(words[w]) >= 0;
      setHidden(e, !ok);
      if (ok) count++;
    }
    months.forEach(function (m) { setHidden(m, !m.querySelector('li.entry:not([hidden])')); });
    years.forEach(function (y) { setHidden(y, !y.querySelector('section.month:not([hidden])')); });
    yearLinks.forEach(function (a) {
      var target = document.getElementById(a.getAttribute('href').slice(1));
      setHidden(a.parentNode, !!(target && target.hidden));
    });
    setHidden(emptyResult, count !== 0);
    shown.textContent = count === entries.length
        ? 'Showing all ' + entries.length + ' entries'
        : 'Showing ' + count + ' of ' + entries.length + ' entries';
  }

  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  // Reset restores the boxes and the search after this event; filter then.
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
