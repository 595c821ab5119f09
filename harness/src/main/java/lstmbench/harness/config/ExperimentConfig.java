package lstmbench.harness.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import lstmbench.kernel.Activation;
import lstmbench.kernel.HeadShape;
import lstmbench.strategies.training.Budget;

/**
 * An experiment as the user writes it in YAML (or as a shipped preset): which datasets, which
 * strategies with their parameters, the model and optimiser every strategy shares, the
 * learning-rate grid, the training budget ({@code epochs: N}, or a {@code budget:} block), seeds,
 * split, evaluation options and how a run group's checkpoint is selected. Unknown keys are errors.
 * Datasets and strategies are specification strings ("synthetic:seasonal-ar?lag=64",
 * "stateful-tbptt?T=50&amp;B=32"), parsed into typed values by their own modules.
 */
public record ExperimentConfig(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "description") String description,
        @JsonProperty(value = "datasets", required = true) List<String> datasets,
        @JsonProperty(value = "strategies", required = true) List<String> strategies,
        @JsonProperty(value = "model") ModelConfig model,
        @JsonProperty(value = "optimizer") OptimizerConfig optimizer,

        @JsonProperty(value = "learningRates", required = true)
        List<Double> learningRates,

        @JsonProperty(value = "epochs") Integer epochs,
        @JsonProperty(value = "seeds", required = true) List<Long> seeds,
        @JsonProperty(value = "split") SplitConfig split,
        @JsonProperty(value = "evaluation") EvaluationConfig evaluation,
        @JsonProperty(value = "budget") BudgetConfig budget,
        @JsonProperty(value = "selection") SelectionConfig selection) {

    public ExperimentConfig {
        description = description == null ? "" : description;
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        model = model == null ? ModelConfig.DEFAULT : model;
        optimizer = optimizer == null ? OptimizerConfig.DEFAULT : optimizer;
        learningRates = learningRates == null ? List.of() : List.copyOf(learningRates);
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        split = split == null ? SplitConfig.DEFAULT : split;
        evaluation = evaluation == null ? EvaluationConfig.DEFAULT : evaluation;
        selection = selection == null ? SelectionConfig.DEFAULT : selection;
    }

    /**
     * The training budget every strategy gets: exactly one of epochs, optimiser updates, forward
     * timesteps or training wall-clock seconds (seconds compare strategies only with --workers 1).
     */
    public record BudgetConfig(
            @JsonProperty("epochs") Integer epochs,
            @JsonProperty("updates") Long updates,
            @JsonProperty("timesteps") Long timesteps,
            @JsonProperty("seconds") Double seconds) {
        /** How many of the four keys are given (a valid budget gives exactly one). */
        public int keysGiven() {
            return (epochs == null ? 0 : 1)
                    + (updates == null ? 0 : 1)
                    + (timesteps == null ? 0 : 1)
                    + (seconds == null ? 0 : 1);
        }
    }

    /**
     * How a run group's checkpoint is chosen on validation: the evaluation modes it may be chosen in
     * (mode, default validation: both) and early stopping (patience: stop a run after that many
     * epochs in a row without a new best validation loss; 0, the default, never stops early).
     */
    public record SelectionConfig(
            @JsonProperty("mode") SelectionModeName mode,
            @JsonProperty("patience") Integer patience) {
        public static final SelectionConfig DEFAULT = new SelectionConfig(SelectionModeName.VALIDATION, 0);

        public SelectionConfig {
            mode = mode == null ? SelectionModeName.VALIDATION : mode;
            patience = patience == null ? 0 : patience;
        }
    }

    /** The values of selection.mode as the YAML spells them. */
    public enum SelectionModeName {
        @JsonProperty("validation")
        VALIDATION,
        @JsonProperty("own")
        OWN,
        @JsonProperty("streaming")
        STREAMING,
        @JsonProperty("windowed")
        WINDOWED
    }

    /** The resolved budget: the budget block, else `epochs` (validated: exactly one of them is given). */
    public Budget trainingBudget() {
        if (budget == null) {
            return new Budget.Epochs(epochs);
        }
        if (budget.epochs() != null) {
            return new Budget.Epochs(budget.epochs());
        }
        if (budget.updates() != null) {
            return new Budget.Updates(budget.updates());
        }
        if (budget.timesteps() != null) {
            return new Budget.Timesteps(budget.timesteps());
        }
        return new Budget.Seconds(budget.seconds());
    }

    /**
     * The model every strategy trains (a key left out takes its default: 32 hidden, 1 layer, the
     * dense head).
     */
    public record ModelConfig(
            @JsonProperty("hiddenSize") Integer hiddenSize,
            @JsonProperty("layers") Integer layers,
            @JsonProperty("head") HeadConfig head) {
        public static final ModelConfig DEFAULT = new ModelConfig(32, 1, HeadConfig.DENSE);

        public ModelConfig {
            hiddenSize = hiddenSize == null ? 32 : hiddenSize;
            layers = layers == null ? 1 : layers;
            head = head == null ? HeadConfig.DENSE : head;
        }
    }

    /**
     * The head between the LSTM and the forecast, as {@code model.head} spells it:
     * {@code hidden} (widths of the hidden dense layers, default none), {@code activation} after each
     * hidden layer (tanh, relu or identity; default tanh) and {@code output}, the activation of the
     * forecast itself (default identity). Left out: the dense head y = h w + b. Values are checked by
     * ExperimentLoader; {@link #shape()} is the kernel's HeadShape.
     */
    public record HeadConfig(
            @JsonProperty("hidden") List<Integer> hidden,
            @JsonProperty("activation") String activation,
            @JsonProperty("output") String output) {
        public static final HeadConfig DENSE = new HeadConfig(List.of(), null, null);

        public HeadConfig {
            hidden = hidden == null ? List.of() : List.copyOf(hidden);
            activation = activation == null ? "tanh" : activation;
            output = output == null ? "identity" : output;
        }

        /** The kernel's head shape (without hidden layers the hidden activation plays no part). */
        public HeadShape shape() {
            Activation between = hidden.isEmpty() ? Activation.IDENTITY : Activation.byLabel(activation);
            return new HeadShape(hidden, between, Activation.byLabel(output));
        }
    }

    /** Optimiser shared by every strategy; the learning rate comes from the grid. */
    public record OptimizerConfig(
            @JsonProperty("type") OptimizerType type,
            @JsonProperty("momentum") Double momentum,
            @JsonProperty("clipNorm") Double clipNorm) {
        public static final OptimizerConfig DEFAULT = new OptimizerConfig(OptimizerType.ADAM, 0.9, 1.0);

        public OptimizerConfig {
            type = type == null ? OptimizerType.ADAM : type;
            momentum = momentum == null ? 0.9 : momentum;
            clipNorm = clipNorm == null ? 1.0 : clipNorm;
        }
    }

    /** Which optimiser: Adam, or SGD with momentum. */
    public enum OptimizerType {
        @JsonProperty("adam")
        ADAM,
        @JsonProperty("sgd")
        SGD
    }

    /** Chronological split fractions (train, validation, test); all three are required when the section is given. */
    public record SplitConfig(
            @JsonProperty(value = "train", required = true) double train,

            @JsonProperty(value = "validation", required = true)
            double validation,

            @JsonProperty(value = "test", required = true) double test) {
        public static final SplitConfig DEFAULT = new SplitConfig(0.70, 0.15, 0.15);
    }

    /**
     * Evaluation options: the window W of windowed evaluation (zero state, the preceding W points),
     * the maximum lag K of the input-sensitivity probe (0 = 4 x the longest W or T) and which test
     * forecasts the results folder keeps (saveForecasts, default stretch).
     */
    public record EvaluationConfig(
            @JsonProperty("window") Integer window,
            @JsonProperty("sensitivityLags") Integer sensitivityLags,
            @JsonProperty("saveForecasts") SavedForecasts saveForecasts) {
        public static final EvaluationConfig DEFAULT = new EvaluationConfig(48, 0, SavedForecasts.STRETCH);

        public EvaluationConfig {
            window = window == null ? 48 : window;
            sensitivityLags = sensitivityLags == null ? 0 : sensitivityLags;
            saveForecasts = saveForecasts == null ? SavedForecasts.STRETCH : saveForecasts;
        }
    }

    /**
     * The test forecasts a results folder keeps of each run chosen for test. {@code stretch}: the
     * first {@link #STRETCH_POINTS} test points in both modes, in forecasts.csv (the report draws
     * the first 200; every error is computed over the whole test part and written to runs.csv either way).
     * {@code all}: the same forecasts.csv, and every test forecast in both modes in the gzip-compressed
     * forecasts.csv.gz.
     */
    public enum SavedForecasts {
        @JsonProperty("stretch")
        STRETCH,
        @JsonProperty("all")
        ALL;

        /** Test points per run and mode that forecasts.csv keeps. */
        public static final int STRETCH_POINTS = 1000;
    }

    public ExperimentConfig withName(String newName) {
        return new ExperimentConfig(
                Objects.requireNonNull(newName),
                description,
                datasets,
                strategies,
                model,
                optimizer,
                learningRates,
                epochs,
                seeds,
                split,
                evaluation,
                budget,
                selection);
    }

    public ExperimentConfig withDatasets(List<String> newDatasets) {
        return new ExperimentConfig(
                name,
                description,
                newDatasets,
                strategies,
                model,
                optimizer,
                learningRates,
                epochs,
                seeds,
                split,
                evaluation,
                budget,
                selection);
    }

    public ExperimentConfig withStrategies(List<String> newStrategies) {
        return new ExperimentConfig(
                name,
                description,
                datasets,
                newStrategies,
                model,
                optimizer,
                learningRates,
                epochs,
                seeds,
                split,
                evaluation,
                budget,
                selection);
    }

    /** The same experiment with a budget of {@code newEpochs} epochs (replacing any budget block). */
    public ExperimentConfig withEpochs(int newEpochs) {
        return new ExperimentConfig(
                name,
                description,
                datasets,
                strategies,
                model,
                optimizer,
                learningRates,
                newEpochs,
                seeds,
                split,
                evaluation,
                null,
                selection);
    }

    /** The same experiment keeping {@code saved} test forecasts (evaluation.saveForecasts). */
    public ExperimentConfig withSavedForecasts(SavedForecasts saved) {
        return new ExperimentConfig(
                name,
                description,
                datasets,
                strategies,
                model,
                optimizer,
                learningRates,
                epochs,
                seeds,
                split,
                new EvaluationConfig(evaluation.window(), evaluation.sensitivityLags(), saved),
                budget,
                selection);
    }

    public ExperimentConfig withSeeds(List<Long> newSeeds) {
        return new ExperimentConfig(
                name,
                description,
                datasets,
                strategies,
                model,
                optimizer,
                learningRates,
                epochs,
                newSeeds,
                split,
                evaluation,
                budget,
                selection);
    }
}
