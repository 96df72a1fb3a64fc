/*
 * <monitoring-chart>: a small wrapper around Apache ECharts (Apache-2.0, npm "echarts") for the
 * "Theo dõi tiến độ" dashboard. The server sends the whole ECharts option as a JSON string in the
 * property "option"; the chart is drawn with the SVG renderer (sharp on phones, printable) and
 * follows its element's size. The element carries role="img" and an aria-label set by the server;
 * the same figures are in the tables beside it.
 */
import { LitElement, css, html, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  MarkLineComponent, SVGRenderer]);

@customElement('monitoring-chart')
export class MonitoringChart extends LitElement {
  static styles = css`
    :host { display: block; width: 100%; min-height: 14rem; }
    .chart { width: 100%; height: 100%; min-height: inherit; }
  `;

  /** The ECharts option as JSON, set from Java. */
  @property({ type: String }) option = '';

  @query('.chart') private container!: HTMLDivElement;

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div class="chart"></div>`;
  }

  protected firstUpdated() {
    this.chart = echarts.init(this.container, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.draw();
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('option') && this.chart) {
      this.draw();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.chart && this.resizeObserver) {
      this.resizeObserver.observe(this);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    super.disconnectedCallback();
  }

  private draw() {
    if (!this.chart || !this.option) {
      return;
    }
    this.chart.setOption(JSON.parse(this.option), { notMerge: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'monitoring-chart': MonitoringChart;
  }
}
