using DecreeParser.Cli;

return DecreeCli.Run(args, Console.Out, Console.Error);
