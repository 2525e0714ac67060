using GraphQL.Execution;

namespace Inburgering.Hub.GraphQL.Audit;

/// <summary>Counts the object items of every list in an execution result (rows returned, approximately).</summary>
internal static class ExecutionRows
{
    public static int Count(object? data)
    {
        var count = 0;
        var stack = new Stack<ExecutionNode>();
        if (data is ExecutionNode root)
        {
            stack.Push(root);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case ArrayExecutionNode array when array.Items is { } items:
                    foreach (var item in items)
                    {
                        if (item is ObjectExecutionNode { Result: not null })
                        {
                            count++;
                        }

                        stack.Push(item);
                    }

                    break;
                case ObjectExecutionNode obj when obj.SubFields is { } fields:
                    foreach (var f in fields)
                    {
                        stack.Push(f);
                    }

                    break;
            }
        }

        return count;
    }
}
