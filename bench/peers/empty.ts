// The empty page's script: nothing but a flag the harness waits for.
window.benchEmptyLoaded = true;
