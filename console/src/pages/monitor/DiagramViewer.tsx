import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { useEffect, useRef, useState } from 'react';
import type { ElementInstance, Incident } from '../../api/types';
import { fitWithMargin } from '../../lib/diagram';
import { computeMarking, type FlowRef } from './marking';
import './diagram.css';

interface RegistryElement {
  id: string;
  type: string;
  source?: { id: string };
  target?: { id: string };
}

interface Services {
  canvas: { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void; zoom(level?: string | number, center?: string): number };
  overlays: { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void; remove(filter: { type: string }): void };
  elementRegistry: { filter(fn: (element: RegistryElement) => boolean): RegistryElement[]; get(id: string): RegistryElement | undefined };
}

const MARKERS = ['marker-active', 'marker-completed', 'marker-terminated', 'marker-incident', 'marker-flow-taken'];

/** The instance's diagram (read-only) with active, completed and failed elements marked. */
export default function DiagramViewer({ xml, elements, incidents }: { xml: string; elements: ElementInstance[]; incidents: Incident[] }) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = new NavigatedViewer({ container: container.current });
    viewer.current = instance;
    return () => {
      instance.destroy();
      viewer.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = viewer.current;
    if (!instance) return;
    instance
      .importXML(xml)
      .then(() => {
        fitWithMargin(instance.get('canvas') as Services['canvas']);
        setImported(xml);
        setError(null);
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, [xml]);

  useEffect(() => {
    const instance = viewer.current;
    if (!instance || imported !== xml) return;
    const canvas = instance.get('canvas') as Services['canvas'];
    const overlays = instance.get('overlays') as Services['overlays'];
    const registry = instance.get('elementRegistry') as Services['elementRegistry'];
    const flows: FlowRef[] = registry
      .filter((element) => element.type === 'bpmn:SequenceFlow' && !!element.source && !!element.target)
      .map((element) => ({ id: element.id, sourceId: element.source!.id, targetId: element.target!.id }));
    const marking = computeMarking(elements, incidents, flows);

    registry.filter(() => true).forEach((element) => MARKERS.forEach((marker) => canvas.removeMarker(element.id, marker)));
    overlays.remove({ type: 'huoke-state' });
    const mark = (ids: string[], marker: string) => ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
    mark(marking.completed, 'marker-completed');
    mark(marking.terminated, 'marker-terminated');
    mark(marking.active, 'marker-active');
    mark(marking.takenFlows, 'marker-flow-taken');
    mark(Object.keys(marking.incidents), 'marker-incident');

    Object.entries(marking.activeCounts).forEach(([id, count]) => {
      if (!registry.get(id)) return;
      const badge = document.createElement('div');
      badge.className = 'state-badge state-badge-active';
      badge.textContent = String(count);
      badge.title = `${count}`;
      overlays.add(id, 'huoke-state', { position: { bottom: 10, left: -8 }, html: badge });
    });
    Object.entries(marking.incidents).forEach(([id, messages]) => {
      if (!registry.get(id)) return;
      const badge = document.createElement('div');
      badge.className = 'state-badge state-badge-incident';
      badge.setAttribute('data-testid', `incident-overlay-${id}`);
      badge.textContent = '!';
      const tip = document.createElement('div');
      tip.className = 'incident-tip';
      tip.textContent = messages.join('\n');
      badge.appendChild(tip);
      overlays.add(id, 'huoke-state', { position: { top: -12, right: 12 }, html: badge });
    });
  }, [elements, incidents, imported, xml]);

  return (
    <div className="diagram-viewer" data-testid="instance-diagram">
      {error && <div className="diagram-error">{error}</div>}
      <div ref={container} className="diagram-canvas" />
    </div>
  );
}
