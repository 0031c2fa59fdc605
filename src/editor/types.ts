/** What the exercise UI needs from an editor; Monaco and the plain textarea both provide it. */
export interface CodeEditor {
  getValue(): string;
  setValue(code: string): void;
  focus(): void;
  /** Highlight a line with an error message (1-based), or clear with null. */
  markError(line: number | null, message?: string): void;
  onChange(listener: () => void): void;
  dispose(): void;
}

export interface EditorOptions {
  host: HTMLElement;
  value: string;
  label: string;
  onRun(): void;
  onCheck(): void;
}
