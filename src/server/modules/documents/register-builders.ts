// The builders the register issues through: the same registry the download routes use.
export { documentBuilders as registerBuilders } from '../../documents/builders';
