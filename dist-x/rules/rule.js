export {};
//# sourceMappingURL=rule.js.map