export { MediaCache } from './media-cache';
