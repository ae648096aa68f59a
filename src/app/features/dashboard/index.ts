export { ComponentTile } from './component-tile';
export { ConnectionIndicator } from './connection-indicator';
export { inChunks, sameIds, TILE_CHUNK, TILE_RENDERING, tilesFor, type DashboardView } from './dashboard-view';
export { HomeCatalogue } from './home-catalogue';
export { LiveTile } from './live-tile';
export { TileActions } from './tile-actions';
