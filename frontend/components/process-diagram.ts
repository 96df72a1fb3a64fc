/*
 * <process-diagram>: a BPMN diagram drawn by bpmn-js's NavigatedViewer (npm "bpmn-js", bpmn.io licence:
 * its watermark stays visible), with a badge on each activity saying how many of the user's cycles wait
 * there (and incidents in red), the way Camunda Cockpit shows its activity statistics. The server sends
 * the diagram's XML ("xml") and the counts as JSON ("counts": [{activityId, count, incidents, label}]).
 * The diagram can be moved and zoomed (mouse, touch, the +/- buttons). Until the person moves or zooms it, it
 * fits itself again whenever its box changes size (a phone turned, a window narrowed, a tab first shown).
 */
import { LitElement, css, html, unsafeCSS, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
// @ts-ignore no types for the viewer's entry point in every version
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
// @ts-ignore CSS as text
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
// @ts-ignore CSS as text
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

interface StepCount {
  activityId: string;
  count: number;
  incidents: number;
  label: string;
}

@customElement('process-diagram')
export class ProcessDiagram extends LitElement {
  static styles = [unsafeCSS(String(diagramCss)), unsafeCSS(String(bpmnCss)), css`
    :host { display: block; position: relative; width: 100%; height: 24rem; border: 1px solid var(--lumo-contrast-20pct);
      border-radius: var(--lumo-border-radius-m); background: var(--lumo-base-color); }
    .canvas { width: 100%; height: 100%; }
    .zoom { position: absolute; top: 0.5rem; right: 0.5rem; display: flex; gap: 0.25rem; z-index: 10; }
    .zoom button { min-width: 2.75rem; min-height: 2.75rem; font-size: 1.25rem; border: 1px solid var(--lumo-contrast-30pct);
      border-radius: var(--lumo-border-radius-m); background: var(--lumo-base-color); color: var(--lumo-body-text-color); cursor: pointer; }
    .step-count { min-width: 1.5rem; padding: 0.1rem 0.4rem; border-radius: 1rem; background: #1565c0; color: #fff;
      font: 600 13px/1.4 var(--lumo-font-family, sans-serif); text-align: center; box-shadow: 0 1px 2px rgba(0,0,0,.3); }
    .step-incidents { min-width: 1.5rem; padding: 0.1rem 0.4rem; border-radius: 1rem; background: #b71c1c; color: #fff;
      font: 600 13px/1.4 var(--lumo-font-family, sans-serif); text-align: center; }
    .djs-element.has-waiting .djs-visual > :first-child { stroke: #1565c0 !important; stroke-width: 3px !important; }
  `];

  /** The BPMN 2.0 XML. */
  @property({ type: String }) xml = '';
  /** The counts per activity, JSON. */
  @property({ type: String }) counts = '[]';
  @property({ type: String, attribute: 'zoom-in-label' }) zoomInLabel = '+';
  @property({ type: String, attribute: 'zoom-out-label' }) zoomOutLabel = '-';
  @property({ type: String, attribute: 'fit-label' }) fitLabel = 'Fit';

  @query('.canvas') private container!: HTMLDivElement;

  private viewer?: any;
  private shownXml = '';
  /** True until the person moves or zooms the diagram; then a resize keeps their view. */
  private followsSize = true;
  private resizeObserver?: ResizeObserver;
  private lastSize = '';

  render() {
    return html`<div class="zoom">
        <button type="button" aria-label=${this.zoomInLabel} title=${this.zoomInLabel} @click=${() => this.zoomBy(1.25)}>+</button>
        <button type="button" aria-label=${this.zoomOutLabel} title=${this.zoomOutLabel} @click=${() => this.zoomBy(0.8)}>−</button>
        <button type="button" aria-label=${this.fitLabel} title=${this.fitLabel} @click=${() => this.fit()}>⤢</button>
      </div>
      <div class="canvas"></div>`;
  }

  protected firstUpdated() {
    this.viewer = new NavigatedViewer({ container: this.container });
    const byThePerson = () => { this.followsSize = false; };
    this.container.addEventListener('wheel', byThePerson, { passive: true });
    this.container.addEventListener('pointerdown', byThePerson);
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(this.container);
    this.show();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.resizeObserver && this.container) {
      this.resizeObserver.observe(this.container);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    super.disconnectedCallback();
  }

  private resized() {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const size = `${width}x${height}`;
    if (!this.viewer || width === 0 || height === 0 || size === this.lastSize) {
      return;
    }
    this.lastSize = size;
    this.viewer.get('canvas').resized();
    if (this.followsSize && this.shownXml) {
      this.fit();
    }
  }

  protected updated(changed: PropertyValues) {
    if ((changed.has('xml') || changed.has('counts')) && this.viewer) {
      this.show();
    }
  }

  private async show() {
    if (!this.xml) {
      return;
    }
    if (this.xml !== this.shownXml) {
      await this.viewer.importXML(this.xml);
      this.shownXml = this.xml;
      this.fit();
    }
    this.drawCounts();
  }

  private drawCounts() {
    const overlays = this.viewer.get('overlays');
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    overlays.clear();
    registry.getAll().forEach((element: any) => canvas.removeMarker(element.id, 'has-waiting'));
    const counts: StepCount[] = JSON.parse(this.counts || '[]');
    for (const step of counts) {
      if (!registry.get(step.activityId)) {
        continue;
      }
      if (step.count > 0) {
        overlays.add(step.activityId, 'step-count', {
          position: { bottom: 10, left: -8 },
          html: `<div class="step-count" data-activity="${step.activityId}" title="${step.label}">${step.count}</div>`,
        });
        canvas.addMarker(step.activityId, 'has-waiting');
      }
      if (step.incidents > 0) {
        overlays.add(step.activityId, 'step-incidents', {
          position: { bottom: 10, right: 8 },
          html: `<div class="step-incidents" data-activity="${step.activityId}">${step.incidents}</div>`,
        });
      }
    }
    this.dispatchEvent(new CustomEvent('counts-drawn'));
  }

  private zoomBy(factor: number) {
    this.followsSize = false;
    const canvas = this.viewer?.get('canvas');
    canvas?.zoom(canvas.zoom() * factor);
  }

  private fit() {
    if (!this.container || this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      return; // not laid out yet (a hidden tab): the resize observer fits it once it has a size
    }
    this.followsSize = true;
    this.viewer?.get('canvas').zoom('fit-viewport', 'auto');
    this.dispatchEvent(new CustomEvent('diagram-fitted'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'process-diagram': ProcessDiagram;
  }
}
