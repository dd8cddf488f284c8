// The races map, in the browser: load the drawing layer by URL (cached by the browser), colour slate
// districts by status from a small {district: info} table, and send back the id of a clicked district.
// CONFIG is filled in by build.py. Every data text reaching HTML is escaped (tooltips arrive escaped).
(function (map, cfg) {
  var S = (window.slateMap = { map: map, info: {}, selected: null, fit: null, loaded: false, byId: {} });
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  function styleOf(feature) {
    var id = feature.properties.id, info = S.info[id];
    var style = info ? L.extend({}, cfg.slate, { fillColor: cfg.styles[info.s].fill, dashArray: cfg.styles[info.s].dash }) : L.extend({}, cfg.quiet);
    return id === S.selected ? L.extend(style, cfg.selected) : style;
  }
  // Keyboard: a slate district is a button (Tab, then Enter or Space opens its card, as a click does);
  // quiet districts leave the Tab order. Leaflet's tooltip focus listeners make every path a Tab stop in
  // Chromium otherwise: 437 stops before the page goes on.
  function plain(html) {
    return new DOMParser().parseFromString(html, "text/html").body.textContent;  // inert: no scripts, no loads
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
  function tipOf(feature) {
    var info = S.info[feature.properties.id];
    if (info) return info.t;
    return "<b>" + esc(feature.properties.id) + "</b> " + esc(feature.properties.name) + "<br>" + esc(cfg.noRace);
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
  // Not animated: an animated zoom still running swallows the next fitBounds (a deep link's zoom).
  map.fitBounds(cfg.view, { animate: false });
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
    letters.clearLayers();
    Object.keys(S.info).forEach(function (id) {
      var info = S.info[id];
      if (!info.p) return;
      var icon = L.divIcon({ className: "slate-letter", html: esc(cfg.styles[info.s].letter), iconSize: [18, 18] });
      L.marker(info.p, { icon: icon, interactive: false, keyboard: false }).addTo(letters);
    });
    if (S.fit) {
      map.fitBounds(S.fit, { maxZoom: 9, padding: [12, 12], animate: false });
      S.fit = null;
    }
  };
  S.show = function (state) {
    S.info = state.info;
    S.selected = state.selected;
    S.fit = state.fit;
    S.apply();
  };

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
  var wanted = [load(cfg.layer)].concat(cfg.outlines ? [load(cfg.outlines)] : []);
  Promise.all(wanted).then(function (got) {
    districts.addData(got[0]);
    if (got[1]) outlines.addData(got[1]).addTo(map);
    if (cfg.stateBorders) L.polyline(stateBorders(got[0]), L.extend({ interactive: false }, cfg.background)).addTo(map);
    S.loaded = true;
    document.body.setAttribute("data-districts-drawn", String(Object.keys(S.byId).length));
    S.apply();
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
