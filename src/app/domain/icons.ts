/**
 * The hub names icons by slug (Font Awesome names, §2.5). The app shows them with the bundled Material
 * Symbols font: a slug we know maps to its nearest symbol; any other falls back to the type's own icon.
 */
const BY_SLUG: Record<string, string> = {
  lightbulb: 'lightbulb', lamp: 'table_lamp', tree: 'park', 'door-closed': 'door_front', 'door-open': 'door_open',
  'person-walking': 'directions_walk', 'temperature-half': 'thermostat', 'temperature-high': 'thermostat',
  droplet: 'water_drop', 'hand-pointer': 'touch_app', lock: 'lock', 'lock-open': 'lock_open', gate: 'fence',
  shield: 'shield', 'shield-halved': 'shield', fire: 'local_fire_department', video: 'videocam', camera: 'photo_camera',
  music: 'music_note', tv: 'tv', house: 'home', home: 'home', sun: 'light_mode', moon: 'dark_mode', bed: 'bed',
  'person-walking-luggage': 'luggage', plane: 'flight', clock: 'schedule', ellipsis: 'more_horiz', bell: 'notifications',
  plug: 'power', fan: 'mode_fan', blinds: 'blinds', 'window-maximize': 'window', snowflake: 'ac_unit', wind: 'air',
  bolt: 'bolt', car: 'directions_car', garage: 'garage', leaf: 'eco', water: 'water', faucet: 'faucet', wifi: 'wifi',
  cloud: 'cloud', 'cloud-sun': 'partly_cloudy_day', umbrella: 'umbrella', power: 'power_settings_new', play: 'play_arrow',
  'toggle-on': 'toggle_on', 'toggle-off': 'toggle_off', gear: 'settings', robot: 'smart_toy', code: 'code',
  'circle-dot': 'radio_button_checked', 'battery-full': 'battery_full', couch: 'chair', kitchen: 'kitchen',
  'utensils': 'restaurant', sink: 'wash', shower: 'shower', bath: 'bathtub', 'lightbulb-on': 'lightbulb',
};

const BY_TYPE: Record<string, string> = {
  switch: 'toggle_on', 'switch-double': 'toggle_on', 'switch-triple': 'toggle_on', 'switch-quadruple': 'toggle_on',
  'switch-quintuple': 'toggle_on', dimmer: 'lightbulb', 'dimmer-plus': 'lightbulb', 'rgbw-light': 'palette',
  'binary-sensor': 'sensors', 'numeric-sensor': 'speed', 'multi-sensor': 'thermostat', button: 'radio_button_checked',
  lock: 'lock', gate: 'fence', blinds: 'blinds', 'alarm-group': 'shield', thermostat: 'thermostat', weather: 'partly_cloudy_day',
  'ip-camera': 'videocam', 'audio-player': 'speaker', 'video-player': 'tv', 'state-select': 'tune', script: 'smart_toy',
  watering: 'water_drop', 'alarm-clock': 'alarm',
};

/** The Material Symbol for a hub icon slug, or the fallback for the component's base type. */
export function iconFor(slug: string | null | undefined, baseType = ''): string {
  return (slug ? BY_SLUG[slug] : undefined) ?? BY_TYPE[baseType] ?? 'widgets';
}
