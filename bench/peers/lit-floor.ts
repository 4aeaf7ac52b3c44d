// The floor of any Lit element: Lit itself and one trivial element with a button.
import { LitElement, css, html } from 'lit';

class BenchLit extends LitElement {
  static override styles = css`
    button {
      font: inherit;
    }
  `;

  override render() {
    return html`<button type="button">Buy</button>`;
  }
}

customElements.define('bench-lit', BenchLit);
document.body.append(document.createElement('bench-lit'));
