export function mountAll(): void {}
