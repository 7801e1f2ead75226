// The EvidentImport stage; see the package README for how the stages fit together.
