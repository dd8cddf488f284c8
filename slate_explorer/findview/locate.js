// "Use my location": ask the browser for its position only when the voter presses the button, and send
// the point back once (a trigger value, not kept in the page's state). Labels arrive as data; textContent
// keeps them text.
export default function (component) {
  const { parentElement, setTriggerValue, data } = component;
  const button = parentElement.querySelector("button");
  const status = parentElement.querySelector("[role=status]");
  button.textContent = data.label;
  button.onclick = () => {
    if (!navigator.geolocation) {
      setTriggerValue("located", { error: "unsupported" });
      return;
    }
    button.disabled = true;
    status.textContent = data.waiting;
    const done = (value) => {
      button.disabled = false;
      status.textContent = "";
      setTriggerValue("located", value);
    };
    navigator.geolocation.getCurrentPosition(
      (p) => done({ lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) => done({ error: e.code }),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  };
}
