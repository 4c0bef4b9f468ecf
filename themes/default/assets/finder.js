/* Meetbook: "today first". The static list is complete and Sunday-first; this only moves
   today's day (in the directory's time zone) to the top and marks it. No network, no storage. */
(function () {
  "use strict";
  var days = document.querySelector(".days[data-timezone]");
  if (!days || !window.Intl) { return; }
  var names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var today;
  try {
    today = names.indexOf(new Intl.DateTimeFormat("en-US", {
      timeZone: days.getAttribute("data-timezone"), weekday: "short"
    }).format(new Date()));
  } catch (e) {
    return;
  }
  if (today < 0) { return; }

  function distance(el) {
    return (Number(el.getAttribute("data-day")) - today + 7) % 7;
  }
  function rotate(parent, selector) {
    if (!parent) { return []; }
    var items = Array.prototype.filter.call(parent.children, function (el) {
      return el.matches(selector);
    });
    items.sort(function (a, b) { return distance(a) - distance(b); });
    items.forEach(function (el) { parent.appendChild(el); });
    return items;
  }

  var sections = rotate(days, ".day[data-day]");
  var jump = document.querySelector(".jump ul");
  var links = rotate(jump, "li[data-day]");
  if (sections.length && distance(sections[0]) === 0) {
    var heading = sections[0].querySelector("h2");
    var tag = document.createElement("span");
    tag.className = "today";
    tag.textContent = days.getAttribute("data-today-label") || "Today";
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(tag);
    sections[0].classList.add("is-today");
  }
  if (links.length && distance(links[0]) === 0) {
    links[0].classList.add("is-today");
  }
}());
