// One test class at a time: these tests share one PostgreSQL server and run beside the other test
// projects in CI; running them in sequence keeps their load on a small machine low.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
