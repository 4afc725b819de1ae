/** Said on the card when the saved choices could not be read and were set aside (safe-storage). */
export function SettingsKeptAside() {
  return <p class="pp-note">Your saved practice choices could not be read, so the usual ones are in use. The old data is kept in this browser.</p>;
}
