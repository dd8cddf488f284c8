// The phone's page menu. Streamlit folds the page links into a sidebar on narrow screens and closes it after
// a tap only for a phone's user agent; a narrow window, a tablet or a phone asking for the desktop site kept
// it open over the new page. This closes it after any page link is followed on a narrow screen, and names
// the button that opens it, and Streamlit's skip link, in the page's language. Installed once per browser tab.
export default function (component) {
  const { data } = component;
  window.slateMenuLabels = data;
  const name = () => {
    const open = document.querySelector('[data-testid="stExpandSidebarButton"]');
    if (open && open.getAttribute("aria-label") !== window.slateMenuLabels.open) {
      open.setAttribute("aria-label", window.slateMenuLabels.open);
    }
    const skip = document.querySelector('[data-testid="stSkipToContent"]');  // Streamlit's own words are English
    if (skip && window.slateMenuLabels.skip && skip.textContent !== window.slateMenuLabels.skip) {
      skip.textContent = window.slateMenuLabels.skip;
    }
  };
  name();
  if (window.slateMenuInstalled) return;
  window.slateMenuInstalled = true;
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest('[data-testid="stSidebarNav"] a');
    if (!link || window.innerWidth >= 768) return;
    setTimeout(() => {
      const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      const sidebar = document.querySelector('[data-testid="stSidebar"]');
      if (close && sidebar && sidebar.dataset.collapsed !== "true") close.click();
    }, 0);
  });
}
