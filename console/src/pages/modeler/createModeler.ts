import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import lintModule from 'bpmn-js-bpmnlint';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { CreateAppendAnythingModule, CreateAppendElementTemplatesModule } from 'bpmn-js-create-append-anything';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import lintConfig from 'virtual:bpmnlint-config';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';

interface DiagramElement {
  id: string;
  type: string;
}

/** The bpmn-js services the modeler page calls. */
export interface ModelerServices {
  canvas: {
    zoom(level?: string | number, center?: string): number;
    getSize(): { width: number; height: number };
    scroll(delta: { dx?: number; dy?: number }): void;
    addMarker(id: string, marker: string): void;
    removeMarker(id: string, marker: string): void;
    scrollToElement(element: DiagramElement): void;
  };
  elementRegistry: { get(id: string): DiagramElement | undefined; forEach(fn: (element: DiagramElement) => void): void };
  overlays: { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void; remove(filter: { type: string }): void };
  selection: { select(element: DiagramElement): void };
  eventBus: { on<E>(event: string, callback: (event: E) => void): void };
  linting: { lint(): Promise<Record<string, unknown[]>> };
}

/**
 * A Camunda 8 modeler: Zeebe properties, HuoKe's element templates (one per job type the workers
 * offer, chosen from the properties panel or when appending), and camunda-cloud-8-8 lint rules.
 */
export function createModeler(container: HTMLElement, panel: HTMLElement, elementTemplates: unknown[]): BpmnModeler {
  return new BpmnModeler({
    container,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      ZeebeBehaviorsModule,
      CreateAppendAnythingModule,
      CreateAppendElementTemplatesModule,
      lintModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle },
    elementTemplates,
    linting: { bpmnlint: lintConfig, active: true },
  } as ConstructorParameters<typeof BpmnModeler>[0]);
}
