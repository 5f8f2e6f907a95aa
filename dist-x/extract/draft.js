export function locationOf(loc) {
    if (!loc || (loc.line === undefined && loc.page === undefined && loc.paragraph === undefined))
        return null;
    return { ...loc };
}
//# sourceMappingURL=draft.js.map