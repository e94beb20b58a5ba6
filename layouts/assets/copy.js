// Copy buttons (progressive enhancement): without JavaScript the button stays hidden and the
// message stays in a read-only text box that residents can select and copy themselves.
for (const button of document.querySelectorAll("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy);
  const status = button.parentElement && button.parentElement.querySelector("[role=status]");
  if (!source) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(source.value);
      copied = true;
    } catch {
      // Older browsers, or a page not served over HTTPS: copy the selection instead.
      source.focus();
      source.select();
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
    }
    if (status) status.textContent = copied ? button.dataset.copied : button.dataset.failed;
    if (!copied) source.select();
  });
}
