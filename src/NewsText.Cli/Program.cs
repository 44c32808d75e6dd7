using NewsText.Cli;
using NewsText.Cli.Commands;

return CommandLine.Run(args, Console.In, Console.Out, Console.Error);
