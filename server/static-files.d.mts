import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function createStaticHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => boolean;
