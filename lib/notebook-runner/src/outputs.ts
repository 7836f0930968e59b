/**
 * Turning iopub messages into nbformat 4 outputs, following Jupyter's nbclient
 * (`NotebookClient.process_message`, `output`, `clear_output`, `_update_display_id`):
 *
 * - `stream`, `display_data`, `execute_result`, `error` become outputs, with the message's
 *   content fields (`nbformat.v4.output_from_msg`); a `stream` directly after a `stream` of
 *   the same name is appended to it (as JupyterLab and nbclient ≥ 0.10 with
 *   `coalesce_streams` do; the kernel's chunking would otherwise leak into the file);
 * - `clear_output` clears the cell's outputs at once, or with `wait: true` just before the
 *   next output arrives;
 * - a message carrying `transient.display_id` (`display_data`, `execute_result`,
 *   `update_display_data`) first updates `data` and `metadata` of every earlier output
 *   displayed under that id, in any cell; `update_display_data` adds no output itself;
 * - `execution_count` in a message sets the cell's execution count;
 * - `status`, `execute_input`, comm messages and unknown types add nothing.
 *
 * @module runner/outputs
 */
import type { DisplayDataOutput, ExecuteResultOutput, MimeBundle, Output } from "./nbformat.js";
import type { JsonObject, JsonValue, JupyterMessage } from "./wire.js";

type DisplayOutput = DisplayDataOutput | ExecuteResultOutput;

/** Outputs shown under a `display_id`, across the cells of one notebook. */
export class DisplayRegistry {
  private readonly byId = new Map<string, Set<DisplayOutput>>();

  /** Remembers that `output` was displayed under `displayId`. */
  add(displayId: string, output: DisplayOutput): void {
    let set = this.byId.get(displayId);
    if (set === undefined) this.byId.set(displayId, (set = new Set()));
    set.add(output);
  }

  /** Replaces data and metadata of every output displayed under `displayId`. */
  update(displayId: string, data: MimeBundle, metadata: JsonObject): void {
    for (const output of this.byId.get(displayId) ?? []) {
      output.data = structuredClone(data);
      output.metadata = structuredClone(metadata);
    }
  }

  /** Forgets `outputs` (they were cleared). */
  forget(outputs: readonly Output[]): void {
    for (const set of this.byId.values())
      for (const o of outputs) if (o.output_type === "display_data" || o.output_type === "execute_result") set.delete(o);
  }
}

function asObject(value: JsonValue | undefined): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

function asBundle(value: JsonValue | undefined): MimeBundle {
  return asObject(value);
}

/**
 * Collects the outputs of one code cell from its iopub messages.
 *
 * @example
 * // illustrative: needs a running kernel and a notebook cell
 * const collector = new CellOutputCollector(new DisplayRegistry());
 * await kernel.execute(code, { onIopub: (m) => collector.handle(m) });
 * cell.outputs = collector.outputs;
 */
export class CellOutputCollector {
  /** The cell's outputs so far. */
  readonly outputs: Output[] = [];
  /** Last `execution_count` seen in a message, if any. */
  executionCount: number | null = null;
  private clearBeforeNextOutput = false;
  private readonly displays: DisplayRegistry;

  constructor(displays: DisplayRegistry) {
    this.displays = displays;
  }

  /** Processes one iopub message whose parent is the cell's `execute_request`. */
  handle(message: JupyterMessage): void {
    const type = message.header.msg_type;
    const content = message.content;
    const displayId = asObject(content.transient).display_id;
    if (
      typeof displayId === "string" &&
      displayId !== "" &&
      (type === "display_data" || type === "execute_result" || type === "update_display_data")
    ) {
      this.displays.update(displayId, asBundle(content.data), asObject(content.metadata));
    }
    const count = content.execution_count;
    if (typeof count === "number") this.executionCount = count;

    switch (type) {
      case "clear_output":
        if (content.wait === true) this.clearBeforeNextOutput = true;
        else this.clear();
        return;
      case "stream": {
        const name = content.name === "stderr" ? "stderr" : "stdout";
        const text = typeof content.text === "string" ? content.text : "";
        this.applyPendingClear();
        const last = this.outputs[this.outputs.length - 1];
        if (last !== undefined && last.output_type === "stream" && last.name === name) last.text += text;
        else this.outputs.push({ output_type: "stream", name, text });
        return;
      }
      case "display_data":
      case "execute_result": {
        const data = structuredClone(asBundle(content.data));
        const metadata = structuredClone(asObject(content.metadata));
        const output: DisplayOutput =
          type === "display_data"
            ? { output_type: "display_data", data, metadata }
            : { output_type: "execute_result", execution_count: typeof count === "number" ? count : null, data, metadata };
        this.applyPendingClear();
        if (typeof displayId === "string" && displayId !== "") this.displays.add(displayId, output);
        this.outputs.push(output);
        return;
      }
      case "error": {
        const traceback = content.traceback;
        this.applyPendingClear();
        this.outputs.push({
          output_type: "error",
          ename: typeof content.ename === "string" ? content.ename : "",
          evalue: typeof content.evalue === "string" ? content.evalue : "",
          traceback: Array.isArray(traceback) ? traceback.map((t) => (typeof t === "string" ? t : JSON.stringify(t))) : [],
        });
        return;
      }
      default:
        // status, execute_input, update_display_data (handled above), comm_*: no output.
        return;
    }
  }

  private applyPendingClear(): void {
    if (this.clearBeforeNextOutput) {
      this.clear();
      this.clearBeforeNextOutput = false;
    }
  }

  private clear(): void {
    this.displays.forget(this.outputs);
    this.outputs.length = 0;
  }
}
