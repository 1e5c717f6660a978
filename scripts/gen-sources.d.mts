export declare const SOURCES_MODULE: string;
export declare function sourcesModule(root: string): string;
