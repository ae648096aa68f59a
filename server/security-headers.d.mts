export declare const CONTENT_SECURITY_POLICY: string;
export declare const PERMISSIONS_POLICY: string;
export declare function securityHeaders(): Record<string, string>;
