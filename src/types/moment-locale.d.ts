/** moment's calendar words for one language; importing one registers it with moment. */
declare module 'moment/dist/locale/*.js';
