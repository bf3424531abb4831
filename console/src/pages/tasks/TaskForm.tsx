import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { useEffect, useRef } from 'react';

export interface TaskFormHandle {
  /** Validates and returns the entered data, or the field errors. */
  submit: () => { data: Record<string, unknown>; errors: Record<string, unknown> };
}

/** The task's form-js form, filled with the task's variables; read-only unless the task is mine. */
export default function TaskForm({
  schema,
  data,
  readOnly,
  onReady,
}: {
  schema: Record<string, unknown>;
  data: Record<string, unknown>;
  readOnly: boolean;
  onReady: (handle: TaskFormHandle | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const form = new Form({ container: container.current });
    let alive = true;
    form
      .importSchema(schema, data)
      .then(() => {
        if (!alive) return;
        form.setProperty('readOnly', readOnly);
        onReady({
          submit: () => form.submit() as { data: Record<string, unknown>; errors: Record<string, unknown> },
        });
      })
      .catch(() => onReady(null));
    return () => {
      alive = false;
      onReady(null);
      form.destroy();
    };
  }, [schema, data, readOnly, onReady]);

  return <div ref={container} className="task-form" data-testid="task-form" />;
}
