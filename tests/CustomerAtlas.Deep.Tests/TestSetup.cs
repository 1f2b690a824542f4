// LibTorch's random generator is process-wide: tests that draw from it must not interleave
// with fits, or a fit's seeded weights would depend on test scheduling.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
