export { ComponentTile } from './component-tile';
export { ConnectionIndicator } from './connection-indicator';
export { tilesFor, type DashboardView } from './dashboard-view';
export { HomeCatalogue } from './home-catalogue';
export { TileActions } from './tile-actions';
