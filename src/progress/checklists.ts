// The seeds' checklists (curriculum §4.2): 002's mastery checklist, 004's progress tracking by
// phase and 004's success metrics. An item with evidence ticks itself when the learner has passed
// the exercises behind it; `self` items (or parts) are ticked by hand and stored in the record.

export interface EvidenceSpec {
  /** Exercise ids `<module>/<name>` (planned ones count once written). */
  exercises?: string[];
  /** Modules whose every exercise counts. */
  modules?: string[];
  /** Exercises of these tracks whose library tag mentions `lib` (e.g. all sklearn exercises of track C). */
  tagged?: { tracks: string[]; lib: string };
  /** How many must be passed (default: all); with `per: 'module'`, how many whole modules. */
  atLeast?: number;
  per?: 'module';
}

export interface ItemSpec {
  id: string;
  text: string;
  evidence?: EvidenceSpec;
  /** What the learner confirms by hand (alone, or on top of the evidence). */
  self?: string;
}

export interface ChecklistSpec {
  id: string;
  title: string;
  seed: string;
  intro: string;
  groups: { title: string; tracks?: string[]; items: ItemSpec[] }[];
}

const FROM_SCRATCH = [
  'linear-regression/fit_ols', 'linear-regression/LinearRegressionGD', 'logistic-regression/LogisticRegressionGD', 'logistic-regression/softmax_regression',
  'decision-trees/DecisionTree', 'knn/KNNClassifier', 'svm/LinearSVM', 'ensemble-methods/AdaBoostStumps', 'ensemble-methods/GradientBoostingScratch',
  'clustering/kmeans', 'clustering/dbscan', 'clustering/gmm_em_1d', 'dimensionality-reduction/pca_eig', 'nlp-foundations/MultinomialNB',
  'neural-network-fundamentals/Perceptron', 'neural-network-fundamentals/mlp_forward_backward',
];
const PROJECTS = ['project-spam-classifier', 'project-housing-prices', 'project-customer-segmentation', 'project-image-classifier', 'project-sentiment-analyzer'];

export const CHECKLISTS: ChecklistSpec[] = [
  {
    id: 'mastery',
    title: 'Mastery checklist',
    seed: '002',
    intro: '002’s 24 marks of mastery. Most tick themselves when you pass the exercises behind them; the rest you tick yourself.',
    groups: [
      {
        title: 'Foundations',
        items: [
          { id: '002:python-numpy', text: 'Python fundamentals & NumPy mastery', evidence: { modules: ['python-fundamentals', 'numpy-mastery'] } },
          { id: '002:linear-algebra', text: 'Linear algebra intuition', evidence: { modules: ['linear-algebra'] } },
          { id: '002:calculus', text: 'Calculus for ML', evidence: { modules: ['calculus'] } },
          { id: '002:probability-statistics', text: 'Probability & statistics', evidence: { modules: ['probability', 'statistics'] } },
          { id: '002:optimization', text: 'Optimization fundamentals', evidence: { modules: ['optimization'] } },
        ],
      },
      {
        title: 'Classical ML',
        items: [
          { id: '002:linear-regression', text: 'Can implement linear regression from scratch', evidence: { exercises: ['linear-regression/fit_ols', 'linear-regression/LinearRegressionGD'] } },
          { id: '002:bias-variance', text: 'Understand bias-variance tradeoff', evidence: { exercises: ['ml-foundations/bias_variance_decomposition', 'ml-breadth-review/diagnose_curves'] } },
          { id: '002:trees-svms', text: 'Built decision trees and SVMs', evidence: { exercises: ['decision-trees/DecisionTree', 'svm/LinearSVM'] } },
          { id: '002:unsupervised', text: 'Master unsupervised learning', evidence: { modules: ['clustering', 'dimensionality-reduction'] } },
          { id: '002:feature-engineering', text: 'Feature engineering expertise', evidence: { modules: ['feature-engineering'] } },
        ],
      },
      {
        title: 'Deep learning',
        items: [
          { id: '002:numpy-network', text: 'Built neural network with NumPy only', evidence: { exercises: ['neural-networks-from-scratch/train_digits_mlp'] } },
          { id: '002:pytorch', text: 'Comfortable with PyTorch', evidence: { modules: ['pytorch-masterclass'] }, self: 'I ran the local PyTorch lab' },
          { id: '002:cnn-rnn', text: 'Implemented CNNs and RNNs', evidence: { exercises: ['computer-vision-cnns/tiny_cnn_digits', 'sequence-models/rnn_bptt'] } },
          { id: '002:attention', text: 'Understand attention mechanisms', evidence: { exercises: ['transformers-and-attention/multi_head_attention'] } },
          { id: '002:fine-tune', text: 'Can fine-tune transformers', self: 'I fine-tuned a transformer locally (the D7 lab)' },
        ],
      },
      {
        title: 'Engineering',
        items: [
          { id: '002:pipelines', text: 'Built complete ML pipelines', evidence: { exercises: ['ml-pipelines/run_pipeline', 'ml-pipelines/reproducible_training'] } },
          { id: '002:deployed', text: 'Deployed models to production', evidence: { modules: ['model-serving-apis'] }, self: 'I deployed a model (add the URL)' },
          { id: '002:monitoring', text: 'Implemented monitoring systems', evidence: { modules: ['monitoring-and-drift'], exercises: ['project-spam-classifier/spam_monitor', 'project-housing-prices/residual_monitor'] } },
          { id: '002:projects', text: 'Completed 5 real-world projects', evidence: { modules: PROJECTS, per: 'module' } },
        ],
      },
      {
        title: 'Mastery',
        items: [
          { id: '002:explain', text: 'Can explain any ML concept simply', evidence: { modules: ['ml-breadth-review'] }, self: 'I explained a concept in writing to someone new to ML' },
          { id: '002:debug', text: 'Debug ML systems effectively', evidence: { modules: ['ml-testing-and-ci-cd'], exercises: ['ml-breadth-review/diagnose_curves'] } },
          { id: '002:design', text: 'Design solutions for new problems', evidence: { modules: ['ml-system-design'] }, self: 'I wrote at least 10 system-design case studies' },
          { id: '002:interviews', text: 'Ready for ML engineer interviews', evidence: { modules: ['dsa-for-interviews', 'ml-coding-from-scratch', 'ml-breadth-review', 'ml-system-design', 'behavioral-and-career'], per: 'module' }, self: 'I did mock interviews' },
          { id: '002:contributing', text: 'Contributing to ML projects', self: 'I contributed to an ML project (add the PR link)' },
        ],
      },
    ],
  },
  {
    id: 'phases',
    title: 'Progress tracking by phase',
    seed: '004',
    intro: '004’s five phases and what each should leave you with.',
    groups: [
      {
        title: 'Phase 1 · Foundation',
        tracks: ['A', 'B'],
        items: [
          { id: '004p:math', text: 'Mathematical foundations mastered', evidence: { modules: ['linear-algebra', 'calculus', 'probability', 'statistics'] } },
          { id: '004p:python-ds', text: 'Python for DS proficiency achieved', evidence: { modules: ['python-fundamentals', 'numpy-mastery', 'pandas-data-manipulation', 'data-visualization'] } },
          { id: '004p:first-eda', text: 'First EDA project completed', evidence: { exercises: ['data-visualization/eda_dashboard'] } },
          { id: '004p:ready', text: 'Ready for ML algorithms', evidence: { modules: ['optimization'] }, self: 'I feel ready to start classical ML' },
        ],
      },
      {
        title: 'Phase 2 · Classical ML',
        tracks: ['C'],
        items: [
          { id: '004p:from-scratch', text: 'Can implement algorithms from scratch', evidence: { exercises: ['linear-regression/LinearRegressionGD', 'logistic-regression/LogisticRegressionGD', 'decision-trees/DecisionTree', 'knn/KNNClassifier', 'clustering/kmeans'] } },
          { id: '004p:sklearn', text: 'Proficient with sklearn', evidence: { tagged: { tracks: ['C'], lib: 'sklearn' } } },
          { id: '004p:evaluation', text: 'Understand model evaluation deeply', evidence: { modules: ['model-evaluation'] } },
          { id: '004p:features', text: 'Feature engineering skills developed', evidence: { modules: ['feature-engineering'] } },
          { id: '004p:two-projects', text: '2+ completed ML projects', evidence: { modules: PROJECTS, per: 'module', atLeast: 2 } },
        ],
      },
      {
        title: 'Phase 3 · Advanced ML',
        tracks: ['D', 'E'],
        items: [
          { id: '004p:ensembles', text: 'Ensemble methods mastered', evidence: { modules: ['ensemble-methods'] } },
          { id: '004p:deep-learning', text: 'Basic deep learning understanding', evidence: { modules: ['neural-network-fundamentals'] } },
          { id: '004p:frameworks', text: 'Familiarity with PyTorch/TensorFlow', evidence: { modules: ['pytorch-masterclass'] } },
          { id: '004p:specialised', text: 'Specialized topics explored (NLP/CV/Time Series)', evidence: { modules: ['nlp-foundations', 'computer-vision-cnns', 'time-series'], per: 'module', atLeast: 1 } },
          { id: '004p:advanced-project', text: 'Advanced project completed', evidence: { modules: ['project-image-classifier', 'project-sentiment-analyzer'], per: 'module', atLeast: 1 } },
        ],
      },
      {
        title: 'Phase 4 · MLOps',
        tracks: ['F'],
        items: [
          { id: '004p:apis', text: 'Can deploy models as APIs', evidence: { modules: ['model-serving-apis'] } },
          { id: '004p:docker', text: 'Docker proficiency', self: 'I build and run Docker images with confidence' },
          { id: '004p:pipelines', text: 'ML pipeline experience', evidence: { modules: ['ml-pipelines'] } },
          { id: '004p:cloud', text: 'Cloud deployment completed', self: 'I deployed to a cloud platform (add the URL)' },
          { id: '004p:production-project', text: 'Production-ready project in portfolio', evidence: { modules: ['production-best-practices'] }, self: 'A production-ready project is in my portfolio' },
        ],
      },
      {
        title: 'Phase 5 · Job ready',
        tracks: ['G', 'H'],
        items: [
          { id: '004p:portfolio', text: '3-4 impressive portfolio projects', evidence: { modules: PROJECTS, per: 'module', atLeast: 3 } },
          { id: '004p:github', text: 'GitHub profile optimized', self: 'My GitHub profile is ready (add the link)' },
          { id: '004p:resume', text: 'Resume tailored for ML roles', self: 'My résumé is tailored for ML roles' },
          { id: '004p:interview-practice', text: 'Interview practice completed', evidence: { modules: ['ml-coding-from-scratch', 'ml-breadth-review', 'ml-system-design'], per: 'module' } },
          { id: '004p:applying', text: 'Applying to positions', self: 'I am applying' },
        ],
      },
    ],
  },
  {
    id: 'metrics',
    title: 'Success metrics',
    seed: '004',
    intro: '004’s measures of a finished career transition. The countable ones are counted for you.',
    groups: [
      {
        title: 'Technical skills',
        items: [
          { id: '004m:explain-algorithms', text: 'Can explain 10+ ML algorithms clearly', self: 'I can explain 10 algorithms without notes' },
          { id: '004m:five-from-scratch', text: 'Can implement 5+ algorithms from scratch', evidence: { exercises: FROM_SCRATCH, atLeast: 5 } },
          { id: '004m:libraries', text: 'Proficient with sklearn, pandas, numpy', evidence: { modules: ['numpy-mastery', 'pandas-data-manipulation'], tagged: { tracks: ['C'], lib: 'sklearn' } } },
          { id: '004m:pytorch', text: 'Basic proficiency with PyTorch or TensorFlow', evidence: { modules: ['pytorch-masterclass'] } },
          { id: '004m:deploy', text: 'Can deploy models to production', evidence: { modules: ['model-serving-apis', 'containers-and-cloud'] }, self: 'I deployed a model (add the URL)' },
          { id: '004m:mlops', text: 'Understands MLOps fundamentals', evidence: { modules: ['ml-pipelines', 'monitoring-and-drift', 'ml-testing-and-ci-cd'] } },
        ],
      },
      {
        title: 'Portfolio',
        items: [
          { id: '004m:github-projects', text: '3-4 impressive projects on GitHub', self: 'My projects are on GitHub (add the link)' },
          { id: '004m:different-skills', text: 'Each project demonstrates different skills', self: 'Each project shows a different skill' },
          { id: '004m:documentation', text: 'Professional documentation', evidence: { exercises: ['production-best-practices/render_model_card'] }, self: 'My projects have READMEs and model cards' },
          { id: '004m:deployed-app', text: 'At least 1 deployed application', self: 'An application of mine is live (add the URL)' },
          { id: '004m:best-practices', text: 'Code follows best practices', evidence: { modules: ['ml-testing-and-ci-cd'] }, self: 'My project code is tested and linted' },
        ],
      },
      {
        title: 'Interview readiness',
        items: [
          { id: '004m:ml-coding', text: 'Can solve ML coding problems', evidence: { modules: ['ml-coding-from-scratch'] } },
          { id: '004m:discuss-projects', text: 'Can discuss projects confidently', self: 'I rehearsed a project deep dive (H5)' },
          { id: '004m:explain-concepts', text: 'Can explain technical concepts clearly', evidence: { modules: ['ml-breadth-review'] } },
          { id: '004m:system-design', text: 'Can design ML systems', evidence: { modules: ['ml-system-design'] } },
          { id: '004m:behavioral', text: 'Prepared for behavioral questions', evidence: { exercises: ['behavioral-and-career/star_story_check'] }, self: 'I prepared my STAR stories' },
        ],
      },
      {
        title: 'Career progress',
        items: [
          { id: '004m:resume-reviewed', text: 'Resume reviewed by ML professionals', self: 'Someone in ML reviewed my résumé' },
          { id: '004m:linkedin', text: 'LinkedIn profile optimized', self: 'My LinkedIn profile is up to date' },
          { id: '004m:network', text: 'Network connections in ML field', self: 'I have contacts in the ML field' },
          { id: '004m:applied-20', text: 'Applied to 20+ positions', self: 'I applied to 20 or more positions' },
          { id: '004m:interviews', text: 'Received interview invitations', self: 'I was invited to interviews' },
        ],
      },
    ],
  },
];
