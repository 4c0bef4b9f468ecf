/* Meetbook finder. The static page is complete without this script: every meeting by day
   (or, for a very large directory, a page per day). The script only adds:
   - today first: today's day (in the directory's time zone) moves to the top and is marked;
   - filters (day, time of day, fellowship, type, region, attendance) and text search, kept in
     the URL so a filtered list can be shared and the back button works;
   - "in progress" and "starts in N min" from the directory's time zone and the visitor's clock;
   - a result count in a live region, and a helpful empty state.
   No network requests, no storage, no cookies. */
(function () {
  "use strict";
  var days = document.querySelector(".days[data-timezone]");
  if (!days || !window.Intl || !document.querySelector) { return; }
  var siteTz = days.getAttribute("data-timezone");
  var form = document.getElementById("finder");
  var large = days.hasAttribute("data-large");
  var WEEK = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var PAGE = 150;          // entries a large directory draws at a time
  var SOON = 60;           // minutes ahead that count as "starting soon"
  var BANDS = {            // time of day, in minutes since midnight [from, to)
    morning: [300, 720], afternoon: [720, 1020], evening: [1020, 1260], night: [1260, 300]
  };
  var FIELDS = ["q", "day", "time", "fellowship", "type", "region", "attendance"];

  // ---- clock ----------------------------------------------------------------------
  var clocks = {};
  function clock(tz, date) {
    var f = clocks[tz];
    if (!f) {
      try {
        f = clocks[tz] = new Intl.DateTimeFormat("en-US", {
          timeZone: tz, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
        });
      } catch (e) {
        return null;
      }
    }
    var parts = {};
    f.formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return { day: WEEK.indexOf(parts.weekday), min: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
  }
  function minutes(hhmm) {
    var p = (hhmm || "0:0").split(":");
    return Number(p[0]) * 60 + Number(p[1]);
  }

  // ---- records: one per meeting occurrence ------------------------------------------
  function fold(text) {
    text = String(text || "").toLowerCase();
    return text.normalize ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
  }
  function record(o) {
    o.start = minutes(o.time);
    o.end = minutes(o.endTime);
    if (o.end <= o.start) { o.end += 1440; }   // ends after midnight
    o.tz = o.tz || siteTz;
    return o;
  }
  var records = [];
  var data = window.MEETBOOK_FINDER;
  if (large && !data) { return; }   // the data file did not load: the day pages still work
  if (large && data) {
    data.days.forEach(function (d) {
      d[1].forEach(function (i) {
        var m = data.meetings[i];
        records.push(record({
          day: d[0], m: m, time: m[7], endTime: m[8], tz: m[12],
          fellowship: m[2], types: m[3] ? m[3].split(" ") : [], region: m[4], attendance: m[6],
          text: fold([m[1], m[11], m[13], m[5]].join(" "))
        }));
      });
    });
  } else {
    Array.prototype.forEach.call(days.querySelectorAll("li.mtg"), function (li) {
      records.push(record({
        day: Number(li.getAttribute("data-day")), el: li,
        time: li.getAttribute("data-time"), endTime: li.getAttribute("data-end"),
        tz: li.getAttribute("data-tz"), fellowship: li.getAttribute("data-fellowship"),
        types: (li.getAttribute("data-types") || "").split(" ").filter(Boolean),
        region: li.getAttribute("data-region"), attendance: li.getAttribute("data-attendance"),
        text: fold(li.textContent + " " + (li.getAttribute("data-q") || ""))
      }));
    });
  }

  // ---- today first ----------------------------------------------------------------
  var now = clock(siteTz, new Date());
  if (!now || now.day < 0) { return; }
  var today = now.day;
  function distance(d) { return (d - today + 7) % 7; }
  function rotate(parent, selector) {
    if (!parent) { return []; }
    var items = Array.prototype.filter.call(parent.children, function (el) { return el.matches(selector); });
    items.sort(function (a, b) {
      return distance(Number(a.getAttribute("data-day"))) - distance(Number(b.getAttribute("data-day")));
    });
    items.forEach(function (el) { parent.appendChild(el); });
    return items;
  }
  var sections = rotate(days, ".day[data-day]");
  var links = rotate(document.querySelector(".jump ul"), "li[data-day]");
  function markToday(section) {
    var heading = section.querySelector("h2");
    var tag = document.createElement("span");
    tag.className = "today";
    tag.textContent = days.getAttribute("data-today-label") || "Today";
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(tag);
    section.classList.add("is-today");
  }
  if (sections.length && distance(Number(sections[0].getAttribute("data-day"))) === 0) { markToday(sections[0]); }
  if (links.length && distance(Number(links[0].getAttribute("data-day"))) === 0) { links[0].classList.add("is-today"); }
  records.sort(function (a, b) { return distance(a.day) - distance(b.day) || a.start - b.start; });

  if (!form) { return; }   // region and fellowship pages: today first only

  // ---- live state: in progress, starting soon --------------------------------------
  function live(r, date) {
    var c = clock(r.tz, date);
    if (!c) { return null; }
    var yesterday = (c.day + 6) % 7;
    if ((r.day === c.day && r.start <= c.min && c.min < r.end)
        || (r.day === yesterday && r.end > 1440 && c.min < r.end - 1440)) {
      return { now: true };
    }
    var until = r.day === c.day ? r.start - c.min : (r.day === (c.day + 1) % 7 ? r.start + 1440 - c.min : -1);
    return until > 0 && until <= SOON ? { soon: until } : null;
  }
  function say(key, n) {
    return (form.getAttribute("data-" + key) || "").replace("{n}", String(n));
  }
  function paintLive(r) {
    if (!r.el) { return; }
    var badge = r.el.querySelector(".live");
    var text = r.live ? (r.live.now ? say("now") : say("soon", r.live.soon)) : "";
    if (!text) {
      if (badge) { badge.parentNode.removeChild(badge); }
      return;
    }
    if (!badge) {
      badge = document.createElement("span");
      r.el.querySelector(".mtg-time").appendChild(badge);
    }
    badge.className = "live " + (r.live.now ? "live-now" : "live-soon");
    badge.textContent = text;
  }

  // ---- drawing a large directory's entries ----------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function vh(text) { return el("span", "vh", text); }
  function draw(r) {
    var m = r.m;
    var li = el("li", "mtg");
    var time = el("p", "mtg-time");
    var t = el("time", null, m[9]);
    t.setAttribute("datetime", m[7]);
    time.appendChild(t);
    if (m[10]) {
      var end = el("span", "mtg-end");
      end.appendChild(vh(data.labels.until + " "));
      var dash = el("span", null, "– ");
      dash.setAttribute("aria-hidden", "true");
      end.appendChild(dash);
      end.appendChild(document.createTextNode(m[10]));
      time.appendChild(document.createTextNode(" "));
      time.appendChild(end);
    }
    li.appendChild(time);
    var body = el("div", "mtg-body");
    var h = el("h3", "mtg-name");
    var a = el("a", null, m[1]);
    a.href = form.getAttribute("data-home") + "meetings/" + m[0] + ".html";
    h.appendChild(a);
    body.appendChild(h);
    if (m[6] !== "in_person" || m[11]) {
      var where = el("p", "mtg-where");
      if (m[6] !== "in_person") {
        where.appendChild(el("span", "badge badge-" + m[6], data.labels[m[6]]));
        where.appendChild(document.createTextNode(" "));
      }
      if (m[11]) { where.appendChild(document.createTextNode(m[11])); }
      body.appendChild(where);
    }
    var meta = el("p", "mtg-meta");
    meta.appendChild(vh(data.labels.fellowship + " " + (data.fellowships[m[2]] || m[2]) + "."));
    var fel = el("span", "fel", m[2]);
    fel.setAttribute("aria-hidden", "true");
    meta.appendChild(fel);
    if (r.types.length) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(vh(data.labels.types + " " + r.types.map(function (c) { return data.types[c] || c; }).join(", ") + "."));
      var codes = el("span", null, r.types.join(" "));
      codes.setAttribute("aria-hidden", "true");
      meta.appendChild(codes);
    }
    if (m[5]) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(vh(data.labels.region + " "));
      meta.appendChild(document.createTextNode(m[5]));
    }
    body.appendChild(meta);
    li.appendChild(body);
    r.el = li;
    return li;
  }
  var shown = PAGE;
  var more = null;
  function drawLarge(matches) {
    while (days.firstChild) { days.removeChild(days.firstChild); }
    var current = null;
    var list = null;
    var counts = {};
    matches.forEach(function (r) { counts[r.day] = (counts[r.day] || 0) + 1; });
    matches.slice(0, shown).forEach(function (r) {
      if (!current || current.day !== r.day) {
        current = { day: r.day };
        var section = el("section", "day");
        section.setAttribute("data-day", String(r.day));
        var h2 = el("h2", null, data.dayNames[r.day] + " ");
        h2.appendChild(el("span", "count", say(counts[r.day] === 1 ? "day-one" : "day-other", counts[r.day])));
        section.appendChild(h2);
        if (r.day === today) { markToday(section); }
        list = el("ol", "meetings");
        section.appendChild(list);
        days.appendChild(section);
      }
      list.appendChild(r.el || draw(r));
      paintLive(r);
    });
    if (matches.length > shown) {
      more = more || el("button", "button more", form.getAttribute("data-more"));
      more.type = "button";
      days.appendChild(more);
    }
  }

  // ---- filtering ------------------------------------------------------------------
  var controls = {};
  FIELDS.forEach(function (name) { controls[name] = form.elements[name] || null; });
  var countEl = document.getElementById("f-count");
  var empty = document.getElementById("f-empty");

  function state() {
    var s = {};
    FIELDS.forEach(function (name) {
      var c = controls[name];
      s[name] = c ? c.value.trim() : "";
    });
    return s;
  }
  function inBand(start, band) {
    var b = BANDS[band];
    if (!b) { return true; }
    var m = start % 1440;
    return b[0] < b[1] ? (m >= b[0] && m < b[1]) : (m >= b[0] || m < b[1]);
  }
  function matches(r, s, words) {
    if (s.day) {
      var want = s.day === "today" ? today : Number(s.day);
      if (r.day !== want) { return false; }
    }
    if (s.time === "now") {
      if (!r.live) { return false; }
    } else if (s.time && !inBand(r.start, s.time)) {
      return false;
    }
    if (s.fellowship && r.fellowship !== s.fellowship) { return false; }
    if (s.type && r.types.indexOf(s.type) < 0) { return false; }
    if (s.region && r.region !== s.region) { return false; }
    if (s.attendance === "in_person" && r.attendance !== "in_person" && r.attendance !== "hybrid") { return false; }
    if (s.attendance === "online" && r.attendance !== "online" && r.attendance !== "hybrid") { return false; }
    if (s.attendance === "hybrid" && r.attendance !== "hybrid") { return false; }
    for (var i = 0; i < words.length; i++) {
      if (r.text.indexOf(words[i]) < 0) { return false; }
    }
    return true;
  }

  var lastCount = null;
  function apply(date) {
    date = date || new Date();
    today = (clock(siteTz, date) || { day: today }).day;
    var s = state();
    var words = fold(s.q).split(/\s+/).filter(Boolean);
    var found = [];
    records.forEach(function (r) {
      r.live = live(r, date);
      var ok = matches(r, s, words);
      if (ok) { found.push(r); }
      if (!large) {
        r.el.hidden = !ok;
        paintLive(r);
      }
    });
    if (large) {
      drawLarge(found);
    } else {
      var perDay = {};
      found.forEach(function (r) { perDay[r.day] = (perDay[r.day] || 0) + 1; });
      sections.forEach(function (section) {
        var n = perDay[section.getAttribute("data-day")] || 0;
        section.hidden = n === 0;
        var count = section.querySelector("h2 .count");
        if (count) { count.textContent = say(n === 1 ? "day-one" : "day-other", n); }
      });
      links.forEach(function (li) { li.hidden = !perDay[li.getAttribute("data-day")]; });
    }
    empty.hidden = found.length > 0;
    var text = found.length === 0 ? say("count-none") : say(found.length === 1 ? "count-one" : "count-other", found.length);
    if (text !== lastCount) {   // announce only changes
      countEl.textContent = text;
      lastCount = text;
    }
    return found.length;
  }

  // ---- the URL holds the filters ----------------------------------------------------
  function query() {
    var s = state();
    var parts = [];
    FIELDS.forEach(function (name) {
      if (s[name]) { parts.push(encodeURIComponent(name) + "=" + encodeURIComponent(s[name])); }
    });
    return parts.length ? "?" + parts.join("&") : "";
  }
  function fromUrl() {
    var params = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) { return; }
      var kv = pair.split("=");
      try {
        params[decodeURIComponent(kv[0])] = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
      } catch (e) { /* a broken link: ignore that part */ }
    });
    FIELDS.forEach(function (name) {
      var c = controls[name];
      if (!c) { return; }
      var v = params[name] || "";
      if (c.tagName === "SELECT" && !Array.prototype.some.call(c.options, function (o) { return o.value === v; })) {
        v = "";
      }
      c.value = v;
    });
  }
  function save(push) {
    var search = query();
    if (search === location.search || !history.replaceState) { return; }
    var url = search || location.pathname;
    try {
      if (push) { history.pushState(null, "", url); } else { history.replaceState(null, "", url); }
    } catch (e) { /* file:// in some browsers: filters still work */ }
  }
  function changed(push) {
    shown = PAGE;
    apply();
    save(push);
  }

  var typing = null;
  form.addEventListener("input", function (e) {
    if (e.target === controls.q) {
      clearTimeout(typing);
      typing = setTimeout(function () { changed(false); }, 200);
    }
  });
  form.addEventListener("change", function (e) {
    if (e.target.tagName === "SELECT") { changed(true); }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(typing);
    changed(true);
  });
  function clear() {
    FIELDS.forEach(function (name) { if (controls[name]) { controls[name].value = ""; } });
    changed(true);
    (controls.q || form).focus();
  }
  document.getElementById("f-clear").addEventListener("click", clear);
  document.getElementById("f-clear-2").addEventListener("click", clear);
  days.addEventListener("click", function (e) {
    if (e.target === more) {
      var first = shown;
      shown += PAGE;
      apply();
      var next = days.querySelectorAll("li.mtg")[first];
      var link = next && next.querySelector("a");
      if (link) { link.focus(); }
    }
  });
  window.addEventListener("popstate", function () {
    fromUrl();
    shown = PAGE;
    apply();
  });

  form.hidden = false;
  fromUrl();
  apply();
  // Keep "in progress" and "starts in" current while the page stays open.
  setInterval(function () { apply(); }, 60000);
  // For tests and for embedding: re-run the filters as at a given moment.
  window.meetbookFinder = { refresh: function (date) { return apply(date ? new Date(date) : new Date()); } };
}());
