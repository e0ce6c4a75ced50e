/** The print button's click, loaded on first use (see src/scripts/site.js). */
export default function print() {
  window.print();
}
