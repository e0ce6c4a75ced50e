/** The print button's click, loaded on first use (see src/browser/site.js). */
export default function print() {
  window.print();
}
