// Starts the browser editor at /admin/ with the configuration made from the schemas (editor.json,
// src/admin/config.ts), after adding the pay components a page's text may hold. Plain JavaScript,
// served as it is: the page's policy allows no inline script and nothing is bundled for it.
window.CMS_MANUAL_INIT = true;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<LevelPay level="backend-engineer/senior" zone="us" />`: the tag Rolebook renders, props in the order given. */
function editorComponent({ name, label, props }) {
  const attributes = props.map((p) => `(?:\\s+${p.name}="([^"]*)")${p.required ? '' : '?'}`).join('');
  return {
    id: name,
    label,
    fields: props.map((p) => p.field),
    pattern: new RegExp(`^<${name}${attributes}\\s*/>$`, 'm'),
    fromBlock: (match) => Object.fromEntries(props.map((p, i) => [p.name, match[i + 1] ?? ''])),
    toBlock: (data) =>
      `<${name}${props
        .filter((p) => data[p.name])
        .map((p) => ` ${p.name}="${escapeAttribute(data[p.name])}"`)
        .join('')} />`,
    toPreview: (data) =>
      `<p><strong>${label}</strong>: ${props
        .filter((p) => data[p.name])
        .map((p) => escapeAttribute(data[p.name]))
        .join(', ')}</p>`,
  };
}

async function start() {
  const response = await fetch('editor.json');
  const { config, components } = await response.json();
  for (const component of components) window.CMS.registerEditorComponent(editorComponent(component));
  await window.CMS.init({ config });
}

const script = document.createElement('script');
script.src = 'sveltia-cms.js';
script.addEventListener('load', () => {
  start().catch((error) => {
    document.body.textContent = `The editor could not start: ${error.message}`;
  });
});
document.body.append(script);
