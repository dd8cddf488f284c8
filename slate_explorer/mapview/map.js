// The races map, in the browser: load the drawing layer by URL (cached by the browser), colour slate
// districts by status from a small {district: info} table, and send back the id of a clicked district.
// CONFIG is filled in by build.py. Every data text reaching HTML is escaped (tooltips arrive escaped).
(function (map, cfg) {
  var S = (window.slateMap = { map: map, info: {}, also: {}, selected: null, fit: null, loaded: false, byId: {}, lastFit: null });
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  function styleOf(feature) {
    var id = feature.properties.id, info = S.info[id];
    var style = info ? L.extend({}, cfg.slate, { fillColor: cfg.styles[info.s].fill, dashArray: cfg.styles[info.s].dash }) : L.extend({}, cfg.quiet);
    if (S.power) style = powerStyle(id, info);
    return id === S.selected ? L.extend(style, cfg.selected) : style;
  }
  // The House power view (cfg.power, mapview/power.py): every district filled by its member's caucus from
  // a seats file fetched once ({kinds, seats: {id: [kind, member, dem %, rep %, redrawn]}}); slate races
  // keep their letters and a dark outline on top. Data text is escaped here (esc).
  S.power = null;
  function powerStyle(id, info) {
    var seat = S.power.seats[id], fill = seat ? cfg.power.fills[seat[0]] : cfg.quiet.fillColor;
    var base = info ? L.extend({}, cfg.slate, { weight: 2.4 }) : L.extend({}, cfg.quiet, { color: "#6b6b6b" });
    return L.extend(base, { fillColor: fill, fillOpacity: seat ? 0.9 : 0.4 });
  }
  function powerTip(id, name) {
    var seat = S.power.seats[id], w = cfg.power;
    if (!seat) return "<b>" + esc(id) + "</b> " + esc(name) + "<br>" + esc(w.notVoting);
    var result = seat[2] === null ? esc(w.noResult) : esc(w.result.replace("{dem}", S.power.dem).replace("{dem_pct}", seat[2])
      .replace("{rep}", S.power.rep).replace("{rep_pct}", seat[3])) + (seat[4] ? " " + esc(w.oldLines) : "");
    return "<b>" + esc(id) + "</b> " + esc(seat[1] || w.vacant) + "<br>" + esc(w.labels[seat[0]]) + "<br>" + result;
  }
  // Keyboard: a slate district is a button (Tab, then Enter or Space opens its card, as a click does);
  // quiet districts leave the Tab order. Leaflet's tooltip focus listeners make every path a Tab stop in
  // Chromium otherwise: 437 stops before the page goes on.
  function plain(html) {  // a tooltip's lines as one spoken label, each line ended by "; " (they ran together)
    var doc = new DOMParser().parseFromString(html, "text/html");  // inert: no scripts, no loads
    doc.querySelectorAll("br").forEach(function (br) { br.replaceWith("; "); });
    return doc.body.textContent;
  }
  function keyboardReach(layer) {
    var el = layer.getElement(), info = S.info[layer.feature.properties.id];
    if (!el) return;
    el.setAttribute("tabindex", info ? "0" : "-1");
    if (info) {
      el.setAttribute("role", "button");
      el.setAttribute("aria-label", plain(info.t));
    } else {
      el.removeAttribute("role");
      el.removeAttribute("aria-label");
    }
  }
  function pressed(event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    L.DomEvent.preventDefault(event);
    // As a mouse click does: propagate to the districts group, where streamlit-folium reads the clicked layer.
    this.fire("click", { latlng: this.getCenter(), originalEvent: event }, true);
  }
  // S.also: {district: tooltip line} naming the slate races of other levels there (the city's mayor in
  // Brooklyn, a state's Senate race), escaped on the server like the tooltips.
  function tipOf(feature) {
    var id = feature.properties.id, info = S.info[id], also = S.also[id];
    var tip = info ? info.t : "<b>" + esc(id) + "</b> " + esc(feature.properties.name) + "<br>" + esc(also ? cfg.noRaceSeat : cfg.noRace);
    if (S.power) tip = powerTip(id, feature.properties.name) + (info ? "<br>" + info.t : "");
    return also ? tip + "<br>" + also : tip;
  }
  // Leaflet focuses the map on mousedown with a plain focus(), which scrolls the page to bring the whole map
  // into view when part of it is off-screen: the button then comes up 100 px away from where it went down,
  // and the browser sends no click. Focus without scrolling (the handler must be swapped while disabled).
  if (map.keyboard) {
    map.keyboard.disable();
    map.keyboard._onMouseDown = function () {
      if (!this._focused) this._map.getContainer().focus({ preventScroll: true });
    };
    map.keyboard.enable();
  }
  // Quarter zoom steps: with whole steps the lower 48 filled half the frame. A view the map chose itself
  // (not the visitor) is fitted again when the frame changes size, as it does while the page lays out.
  // Not animated: an animated zoom still running swallows the next fitBounds (a deep link's zoom).
  map.options.zoomSnap = 0.25;
  var fitting = false;
  function fitTo(bounds, options) {
    fitting = true;
    map.fitBounds(bounds, L.extend({ animate: false }, options));
    fitting = false;
    S.lastFit = [bounds, options];
  }
  map.on("dragstart", function () { S.lastFit = null; });
  map.on("zoomstart", function () { if (!fitting) S.lastFit = null; });
  map.on("resize", function () { if (S.lastFit) fitTo(S.lastFit[0], S.lastFit[1]); });
  fitTo(cfg.view, {});
  var districts = L.geoJSON(null, {
    style: styleOf,
    onEachFeature: function (feature, layer) {
      S.byId[feature.properties.id] = layer;
      layer.bindTooltip(tipOf(feature), { sticky: true });
      layer.on("add", function () { L.DomEvent.on(layer.getElement(), "keydown", pressed, layer); });
      // The static export has no server to tell: a slate district opens its race page.
      if (cfg.links) layer.on("click", function () {
        var page = cfg.links[feature.properties.id];
        if (page) window.location.href = page;
      });
      // streamlit-folium sends layer.toGeoJSON() back on click: send the id only, never the geometry;
      // `at` makes every click a new value, so clicking the same district again is heard.
      layer.toGeoJSON = function () {
        return { type: "Feature", geometry: null, properties: { id: feature.properties.id, at: Date.now() } };
      };
    },
  }).addTo(map);
  var outlines = L.geoJSON(null, { interactive: false, style: cfg.background });
  var letters = L.layerGroup().addTo(map);

  S.apply = function () {
    if (!S.loaded) return;
    districts.setStyle(styleOf);
    districts.eachLayer(function (layer) {
      layer.setTooltipContent(tipOf(layer.feature));
      keyboardReach(layer);
    });
    if (S.byId[S.selected]) S.byId[S.selected].bringToFront();
    drawLetters();
    if (S.fit) {
      fitTo(S.fit, { maxZoom: 9, padding: [12, 12] });
      S.fit = null;
    }
  };
  S.show = function (state) {
    S.info = state.info;
    S.also = state.also || {};
    S.selected = state.selected;
    S.fit = state.fit;
    S.apply();
  };

  // Status letters. Where several would overlap (four New York City districts on the national view) they
  // are spread on a small ring around their places, each tied to its district by a thin line, so every
  // letter stays readable; a click on a letter is a click on its district (which zooms to it).
  var LETTER = 18, GAP = 21;
  S.letterBoxes = [];
  function drawLetters() {
    letters.clearLayers();
    var items = Object.keys(S.info).sort().filter(function (id) { return S.info[id].p; }).map(function (id) {
      return { id: id, info: S.info[id], at: map.latLngToLayerPoint(S.info[id].p) };
    });
    var groups = items.map(function (item) { return [item]; }), merged = true;
    while (merged) {
      merged = false;
      for (var i = 0; i < groups.length && !merged; i++) {
        for (var j = i + 1; j < groups.length && !merged; j++) {
          if (groups[i].some(function (a) { return groups[j].some(function (b) { return a.at.distanceTo(b.at) < GAP; }); })) {
            groups[i] = groups[i].concat(groups.splice(j, 1)[0]);
            merged = true;
          }
        }
      }
    }
    S.letterBoxes = [];
    S.spread = 0;
    groups.forEach(function (group) {
      var centre = group.reduce(function (sum, item) { return sum.add(item.at); }, L.point(0, 0)).divideBy(group.length);
      var radius = group.length > 1 ? Math.max(GAP, GAP / (2 * Math.sin(Math.PI / group.length))) : 0;
      group.sort(function (a, b) {
        return Math.atan2(a.at.y - centre.y, a.at.x - centre.x) - Math.atan2(b.at.y - centre.y, b.at.x - centre.x);
      });
      group.forEach(function (item, k) {
        var angle = -Math.PI / 2 + (2 * Math.PI * k) / group.length;
        var at = group.length > 1 ? centre.add(L.point(Math.cos(angle), Math.sin(angle)).multiplyBy(radius)) : item.at;
        var where = map.layerPointToLatLng(at);
        if (group.length > 1) {
          S.spread += 1;
          L.polyline([item.info.p, where], { color: "#000", weight: 1, interactive: false }).addTo(letters);
          L.circleMarker(item.info.p, { radius: 2, color: "#000", weight: 1, fillOpacity: 1, interactive: false }).addTo(letters);
        }
        var icon = L.divIcon({ className: "slate-letter", html: esc(cfg.styles[item.info.s].letter), iconSize: [LETTER, LETTER] });
        var marker = L.marker(where, { icon: icon, keyboard: false, bubblingMouseEvents: false }).addTo(letters);
        marker.on("click", function (event) {
          var layer = S.byId[item.id];
          if (layer) layer.fire("click", { latlng: layer.getCenter(), originalEvent: event.originalEvent }, true);
        });
        S.letterBoxes.push([at.x - LETTER / 2, at.y - LETTER / 2, at.x + LETTER / 2, at.y + LETTER / 2]);
      });
    });
    document.body.setAttribute("data-letters-spread", String(S.spread));
    drawPlaces();
  }

  // Place labels: state names on the wide views, then cities and towns as the visitor zooms in (rows
  // [name, lat, lon, first zoom, kind], biggest first). A label that would cover a status letter or a
  // bigger place's label is left out, so the map never turns into a pile of words over the districts.
  var placesPane = map.createPane("slatePlaces");
  placesPane.style.zIndex = 450;
  placesPane.style.pointerEvents = "none";
  placesPane.setAttribute("aria-hidden", "true");
  var placeLabels = L.layerGroup().addTo(map);
  var placeRows = [], localWanted = false;
  var measure = document.createElement("canvas").getContext("2d");
  function textWidth(text, state) {
    measure.font = state ? "italic 600 11px system-ui, sans-serif" : "600 12px system-ui, sans-serif";
    return state ? measure.measureText(text.toUpperCase()).width + text.length * 0.66 + 6 : measure.measureText(text).width + 4;
  }
  function drawPlaces() {
    placeLabels.clearLayers();
    if (!placeRows.length) return;
    var zoom = map.getZoom(), view = map.getBounds().pad(0.05), taken = S.letterBoxes.slice(), shown = 0;
    if (cfg.places && zoom >= cfg.places.localFrom && !localWanted) {
      localWanted = true;
      load(cfg.places.local).then(function (rows) { placeRows = placeRows.concat(rows); drawPlaces(); }, function () {});
    }
    var states = zoom < cfg.places.statesUntil;
    // cities first (biggest first, as the rows come): they are what a voter steers by; state names fill in
    var rows = placeRows.filter(function (row) { return row[4] === "s" ? states : row[3] <= zoom; });
    rows.sort(function (a, b) { return (a[4] === "s" ? 1 : 0) - (b[4] === "s" ? 1 : 0); });
    rows.forEach(function (row) {
      var where = L.latLng(row[1], row[2]);
      if (!view.contains(where)) return;
      var p = map.latLngToLayerPoint(where), state = row[4] === "s";
      var name = state ? cfg.places.stateNames[row[0]] || row[0] : row[0];
      var width = textWidth(name, state), box = state
        ? [p.x - width / 2, p.y - 8, p.x + width / 2, p.y + 8]
        : [p.x - 4, p.y - 8, p.x + 8 + width, p.y + 8];
      var hit = taken.some(function (t) { return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]; });
      if (hit) return;
      taken.push(box);
      shown += 1;
      var icon = L.divIcon({ className: state ? "slate-place slate-state" : "slate-place", html: esc(name), iconSize: null });
      L.marker(where, { icon: icon, pane: "slatePlaces", interactive: false, keyboard: false }).addTo(placeLabels);
    });
    document.body.setAttribute("data-places-shown", String(shown));
  }
  map.on("zoomend", function () { if (S.loaded) drawLetters(); });
  map.on("moveend", function () { if (S.loaded) drawPlaces(); });

  // "Go to" buttons (build.jumps_for): the states off the first view, New York City, and back.
  if (cfg.jumps) {
    var jumps = L.control({ position: "topright" });
    jumps.onAdd = function () {
      var div = L.DomUtil.create("div", "slate-jumps");
      div.setAttribute("role", "group");
      div.setAttribute("aria-label", cfg.jumpsLabel);
      cfg.jumps.forEach(function (jump) {
        var button = L.DomUtil.create("button", "", div);
        button.type = "button";
        button.textContent = jump[0];
        L.DomEvent.on(button, "click", function () { fitTo(jump[1], {}); });
      });
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    jumps.addTo(map);
  }
  if (cfg.places && map.attributionControl) map.attributionControl.addAttribution(esc(cfg.places.credit));

  // State borders on the House map, derived from the districts themselves (no extra download): an edge
  // two districts of different states share is a state border. The drawing layer is a clean coverage,
  // so a shared edge has identical vertices on both sides.
  function stateBorders(data) {
    var seen = new Map(), parts = [];
    data.features.forEach(function (feature) {
      var geometry = feature.geometry, state = feature.properties.id.slice(0, 2);
      if (!geometry) return;
      var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
      polygons.forEach(function (rings) {
        rings.forEach(function (ring) {
          for (var i = 1; i < ring.length; i++) {
            var a = ring[i - 1], b = ring[i];
            var key = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? a + ";" + b : b + ";" + a;
            var other = seen.get(key);
            if (other === undefined) seen.set(key, state);
            else if (other !== state) parts.push([[a[1], a[0]], [b[1], b[0]]]);
          }
        });
      });
    });
    return parts;
  }

  function load(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }
  var wanted = [load(cfg.layer), cfg.outlines ? load(cfg.outlines) : null,
                cfg.places ? load(cfg.places.national).catch(function () { return []; }) : [],
                cfg.power ? load(cfg.power.url) : null];
  Promise.all(wanted).then(function (got) {
    placeRows = got[2];
    S.power = got[3];
    districts.addData(got[0]);
    if (got[1]) outlines.addData(got[1]).addTo(map);
    if (cfg.stateBorders) L.polyline(stateBorders(got[0]), L.extend({ interactive: false }, cfg.background)).addTo(map);
    S.loaded = true;
    document.body.setAttribute("data-districts-drawn", String(Object.keys(S.byId).length));
    S.apply();
    if (S.power) document.body.setAttribute("data-power-seats", String(Object.keys(S.power.seats).length));
  }).catch(function (error) {
    var note = L.control({ position: "topright" });
    note.onAdd = function () {
      var div = L.DomUtil.create("div", "slate-map-error");
      div.textContent = cfg.loadError + " (" + error.message + ")";
      return div;
    };
    note.addTo(map);
    document.body.setAttribute("data-districts-drawn", "error");
  });
})(MAP, CONFIG);
