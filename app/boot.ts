/**
 * The entry's first import: on the playground it starts the training worker before React
 * renders, so the worker's code loads and compiles meanwhile and the network's first weights
 * come sooner. The store later talks to this same worker (`getTrainer` makes the client;
 * `start` starts its worker now instead of at the first command).
 */
import { pageOf } from './pages';
import { getTrainer } from './store/trainer';

if (pageOf(window.location.search) === 'playground') getTrainer().start();
