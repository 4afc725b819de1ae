// The timer's optional extras, fetched together the first time either is needed: the settings
// panel (when "Sound, bells and breath pacer" opens) and the pacer it can turn on.
export { ExtrasPanel } from './ExtrasPanel';
export { Pacer } from './Pacer';
