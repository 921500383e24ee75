import fc from 'fast-check';

// In CI the property tests replay one fixed seed, so a run is reproducible; on a developer's machine every run
// draws a new one and keeps exploring. A failure prints its seed and path to replay it.
if (process.env.CI) fc.configureGlobal({ seed: 20261124 });
