// The demo uses the SDK exactly as a host page would: through its public entry.
import '../src/define.js';
