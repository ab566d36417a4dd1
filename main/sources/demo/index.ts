// The demo source's public surface: what the composition root and the hosts may use of it.
export { DemoDocumentSchema, resumeDemoSource, type DemoDocument } from './resume-demo-source';
